package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** The invitee declined: the membership ended, and the inviter is told. */
public record InvitationDeclined(String accountId, String accountUserId, Person person, AccountUser.Inviter invitedBy,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.declined";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.declined", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("email", person.email().value());
	}

}
