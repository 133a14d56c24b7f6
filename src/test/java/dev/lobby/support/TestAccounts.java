package dev.lobby.support;

import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.lobby.account.Account;
import dev.lobby.account.AccountManagement;
import dev.lobby.account.AccountType;
import dev.lobby.apitoken.ApiTokenManagement;
import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;

/**
 * Fresh accounts with API tokens, so every test works on data of its own in a shared
 * database.
 */
@TestComponent
public class TestAccounts {

	private final AccountManagement accounts;

	private final GroupManagement groups;

	private final ApiTokenManagement tokens;

	TestAccounts(AccountManagement accounts, GroupManagement groups, ApiTokenManagement tokens) {
		this.accounts = accounts;
		this.groups = groups;
		this.tokens = tokens;
	}

	/** A client account, its default group, and a token with Account Management. */
	public record TestAccount(Account account, Group administrators, String token) {

		public String id() {
			return account.id();
		}

		/** The id as the services take it. */
		public AccountId accountId() {
			return AccountId.of(account.id());
		}

		public String users() {
			return "/public/v1/accounts/accounts/" + account.id() + "/users";
		}
	}

	public TestAccount client(String name) {
		return create(name, AccountType.Client, Set.of(Actor.ACCOUNT_MANAGEMENT));
	}

	public TestAccount create(String name, AccountType type, Set<String> tokenModules) {
		Account account = accounts.create(name + " " + UUID.randomUUID().toString().substring(0, 8), type,
				Actor.system());
		Group administrators = groups.defaultGroup(AccountId.of(account.id()), Actor.system());
		String secret = tokens.issue(AccountId.of(account.id()), "Test token", tokenModules, Actor.system()).secret();
		return new TestAccount(account, administrators, secret);
	}

	/** A token of an existing account limited to other modules. */
	public String tokenWithout(TestAccount account, String module) {
		return tokens.issue(account.accountId(), "Limited token", Set.of(module), Actor.system()).secret();
	}

}
