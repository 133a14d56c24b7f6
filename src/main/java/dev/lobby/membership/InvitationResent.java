package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * A pending invitation was sent again: the same link, its expiry reset.
 */
public record InvitationResent(SentInvitation invitation, Actor actor) implements SentInvitationEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.resent";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.resent", person().fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("expiresAt", invitation.expiresAt().toString());
	}

}
