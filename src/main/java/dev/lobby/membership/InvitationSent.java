package dev.lobby.membership;

import java.util.List;
import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A person was invited; the invitation email goes out. */
public record InvitationSent(SentInvitation invitation, List<String> groupIds,
		Actor actor) implements SentInvitationEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.sent";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.sent", person().fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("email", person().email().value(), "groups", groupIds, "expiresAt",
				invitation.expiresAt().toString());
	}

}
