package dev.lobby.membership;

import org.springframework.stereotype.Component;

import dev.lobby.account.Account;
import dev.lobby.mail.MailProperties;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.Sentence;
import dev.lobby.ratelimit.HourlyLimits;

/**
 * Limits invitation emails per invitation (resends) and per account (invite, resend, send
 * new), per hour. Each check counts its email in the transaction that queues it, under a
 * lock of the counter taken just before that transaction commits, so the limits hold
 * exactly however many administrators, API clients and nodes invite at once, and invites
 * of one account wait for each other only for the count and the commit
 * ({@link HourlyLimits#admitAtCommit}).
 */
@Component
class InvitationRateLimits {

	private static final String ACCOUNT_KEY = "invitation-emails:";

	private static final String RESEND_KEY = "resends:";

	private final HourlyLimits limits;

	private final InvitationProperties invitations;

	private final MailProperties mail;

	InvitationRateLimits(HourlyLimits limits, InvitationProperties invitations, MailProperties mail) {
		this.limits = limits;
		this.invitations = invitations;
		this.mail = mail;
	}

	/**
	 * Counts a resend of the member's invitation, against its own limit and the
	 * account's, when the resend commits ({@link HourlyLimits#admitAtCommit}).
	 */
	void checkResend(Account account, AccountUser member) {
		String invitee = member.person().fullName();
		limits.admitAtCommit(RESEND_KEY + member.id(), invitations.resendLimitPerHour(), refused -> LimitReached
			.tryAgainIn(refused.retryAfter(), Sentence.of("invitation.resend-limit", invitee, refused.counted())));
		checkAccount(account);
	}

	/**
	 * Counts one invitation email of the account against its limit, when the change that
	 * queues it commits.
	 */
	void checkAccount(Account account) {
		limits.admitAtCommit(ACCOUNT_KEY + account.id(), perHour(account), refused -> LimitReached
			.tryAgainIn(refused.retryAfter(), Sentence.of("invitation.account-limit", refused.counted())));
	}

	/** The account's limit: the operator's for this account, else the default. */
	int perHour(Account account) {
		Integer own = account.invitationEmailsPerHour();
		return own != null ? own : mail.accountLimitPerHour();
	}

	/** The invitation emails the account's last hour holds. */
	int sentInTheLastHour(Account account) {
		return limits.counted(ACCOUNT_KEY + account.id());
	}

}
