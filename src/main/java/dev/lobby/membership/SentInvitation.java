package dev.lobby.membership;

import java.time.Instant;
import java.util.Objects;

import dev.lobby.account.Account;

/**
 * An invitation as it was sent (on invite, resend and send-new): what its email says.
 *
 * @param generation which link of the membership the email carries
 */
public record SentInvitation(Account account, String accountUserId, Person person, AccountUser.Inviter invitedBy,
		Instant expiresAt, int generation) {

	static SentInvitation of(AccountUser member, Account account) {
		return new SentInvitation(account, member.id(), member.person(), member.invitedBy(),
				Objects.requireNonNull(member.expiresAt(), "a sent invitation expires"), member.linkGeneration());
	}

}
