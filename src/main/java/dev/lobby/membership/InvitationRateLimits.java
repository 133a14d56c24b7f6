package dev.lobby.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lobby.mail.MailProperties;
import dev.lobby.mail.Outbox;
import dev.lobby.platform.LimitReached;

/**
 * Limits invitation emails per invitation (resends) and per account, over a sliding hour.
 * The counts come from the outbox table, so every node sharing the database sees the same
 * numbers.
 */
@Component
class InvitationRateLimits {

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final Set<String> INVITATION_REASONS = Set.of(MembershipEmails.INVITE, MembershipEmails.RESEND,
			MembershipEmails.SEND_NEW);

	private final Outbox outbox;

	private final InvitationProperties invitations;

	private final MailProperties mail;

	private final Clock clock;

	InvitationRateLimits(Outbox outbox, InvitationProperties invitations, MailProperties mail, Clock clock) {
		this.outbox = outbox;
		this.invitations = invitations;
		this.mail = mail;
		this.clock = clock;
	}

	void checkResend(AccountUser member) {
		Instant now = Instant.now(clock);
		List<Instant> recent = outbox.queuedForMemberSince(member.id(), Set.of(MembershipEmails.RESEND),
				now.minus(WINDOW));
		refuseIfFull(recent, invitations.resendLimitPerHour(), now, member.person().fullName()
				+ "'s invitation was already resent " + recent.size() + " times in the last hour.");
		checkAccount(member.accountId());
	}

	void checkAccount(String accountId) {
		Instant now = Instant.now(clock);
		List<Instant> recent = outbox.queuedSince(accountId, INVITATION_REASONS, now.minus(WINDOW));
		refuseIfFull(recent, mail.accountLimitPerHour(), now,
				"This account already sent " + recent.size() + " invitation emails in the last hour.");
	}

	private static void refuseIfFull(List<Instant> recent, int limit, Instant now, String what) {
		if (recent.size() >= limit) {
			// The oldest email that still counts leaves the window first; the window
			// includes its start,
			// so one more fits from the whole second after that.
			Instant leaves = recent.get(recent.size() - limit).plus(WINDOW);
			Duration wait = Duration.ofSeconds(Math.max(0, Duration.between(now, leaves).toSeconds()) + 1);
			throw LimitReached.tryAgainIn(wait, what);
		}
	}

}
