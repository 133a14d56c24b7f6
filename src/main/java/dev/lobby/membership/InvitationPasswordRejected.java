package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * Someone gave a wrong password to accept an invitation as an existing login; the
 * throttle counts the attempt too.
 *
 * @param userId the login the password was tried against
 */
public record InvitationPasswordRejected(String accountId, String accountUserId, Person person, String userId,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.password-rejected";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.password-rejected", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("userId", userId, "email", person.email().value());
	}

}
