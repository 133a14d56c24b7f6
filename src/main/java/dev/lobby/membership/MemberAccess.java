package dev.lobby.membership;

import org.springframework.stereotype.Component;

import dev.lobby.account.Account;
import dev.lobby.account.AccountManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.Sentence;

/**
 * Who may manage which members: the actor must see the account and hold Account
 * Management; a member of another account is "not found", exactly like one that does not
 * exist.
 */
@Component
class MemberAccess {

	private final AccountManagement accounts;

	private final AccountUsers members;

	MemberAccess(AccountManagement accounts, AccountUsers members) {
		this.accounts = accounts;
		this.members = members;
	}

	Account account(AccountId accountId, Actor actor) {
		Account account = accounts.get(accountId, actor);
		actor.requireAccountManagement();
		return account;
	}

	AccountUser member(Account account, AccountUserId accountUserId) {
		return members.find(account.id(), accountUserId.value()).orElseThrow(accountUserId::notFound);
	}

	/** The member, refused with 412 when the caller's If-Match names another version. */
	AccountUser member(Account account, AccountUserId accountUserId, IfMatch ifMatch) {
		AccountUser member = member(account, accountUserId);
		ifMatch.check(member.version(), Sentence.of("thing.account-user"), member.id());
		return member;
	}

}
