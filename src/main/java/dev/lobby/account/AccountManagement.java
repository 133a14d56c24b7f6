package dev.lobby.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.group.GroupManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.Name;
import dev.lobby.platform.NotPermitted;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.Stamp;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;

/**
 * Creates accounts (each with its default group) and shows them to those allowed to see
 * them.
 */
@Service
public class AccountManagement {

	/** An account's name goes into the subject of every invitation email. */
	static final Name.Kind ACCOUNT_NAME = Name.Kind.ofThing("account", 200);

	private final Accounts accounts;

	private final AccountAccess access;

	private final GroupManagement groups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(Accounts accounts, AccountAccess access, GroupManagement groups, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.access = access;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new account, created by the operator (an operator's token with Account
	 * Management, or Lobby itself).
	 * @param name as the caller typed it; refused unless it is a valid account name
	 */
	@Transactional
	public Account create(@Nullable String name, AccountType type, Actor actor) {
		if (!actor.seesEveryAccount()) {
			throw new NotPermitted("Only API tokens of the operator's account can create accounts.");
		}
		actor.requireAccountManagement();
		Account account = new Account(RandomIds.drawUnused("ACC", 2, accounts::idTaken),
				Name.of(ACCOUNT_NAME, name).value(), type, Locale.ENGLISH, Stamp.of(actor, Instant.now(clock)));
		accounts.insert(account);
		events.publishEvent(new AccountCreated(account, actor));
		groups.createDefault(AccountId.of(account.id()), actor);
		return account;
	}

	/**
	 * The account, if the actor may see it; otherwise "not found", so ids of others stay
	 * unconfirmed.
	 */
	@Transactional(readOnly = true)
	public Account get(AccountId accountId, Actor actor) {
		return access.account(accountId, actor);
	}

	/**
	 * The accounts the actor sees (its own; every account for the operator) that an RQL
	 * query string (still percent-encoded) asks for: fields
	 * {@code id name type audit.created.at}; oldest first unless it says otherwise.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Account> search(@Nullable String rawQuery, Actor actor) {
		RqlQuery query = RqlQuery.parse(rawQuery, AccountListFields.SCHEMA);
		String onlyId = actor.onlyVisibleAccount().orElse(null);
		return RqlPaging.page(query, () -> accounts.page(onlyId, query),
				bound -> accounts.countUpTo(onlyId, query, bound));
	}

}
