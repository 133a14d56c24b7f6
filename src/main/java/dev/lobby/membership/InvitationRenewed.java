package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * A new invitation replaced an expired one: a new link, the old one no longer works.
 */
public record InvitationRenewed(SentInvitation invitation, Actor actor) implements SentInvitationEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.renewed";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.renewed", person().fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("generation", invitation.generation(), "expiresAt", invitation.expiresAt().toString());
	}

}
