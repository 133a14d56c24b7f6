package dev.lobby.membership;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.Account;
import dev.lobby.account.AccountManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;

/**
 * An account's limit of invitation emails per hour, as administrators read it and the
 * operator sets it. The limit is the account's ({@link AccountManagement} keeps who may
 * set it); the counting is the invitations' ({@link InvitationRateLimits}).
 */
@Service
public class InvitationEmailLimits {

	private final MemberAccess access;

	private final AccountManagement accounts;

	private final InvitationRateLimits limits;

	InvitationEmailLimits(MemberAccess access, AccountManagement accounts, InvitationRateLimits limits) {
		this.access = access;
		this.accounts = accounts;
		this.limits = limits;
	}

	/** For the account's administrators (and the operator's). */
	@Transactional(readOnly = true)
	public InvitationEmailLimit get(AccountId accountId, Actor actor) {
		return of(access.account(accountId, actor));
	}

	/**
	 * The operator's limit for the account, or with null the default again (see
	 * {@link AccountManagement#limitInvitationEmails}).
	 */
	@Transactional
	public InvitationEmailLimit set(AccountId accountId, @Nullable Integer perHour, Actor actor) {
		return of(accounts.limitInvitationEmails(accountId, perHour, actor));
	}

	private InvitationEmailLimit of(Account account) {
		return new InvitationEmailLimit(account.id(), limits.perHour(account),
				account.invitationEmailsPerHour() == null, limits.sentInTheLastHour(account));
	}

}
