package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** An administrator copied a pending invitation's link, which grants access. */
public record InvitationLinkCopied(String accountId, String accountUserId, Person person,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.link-copied";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.link-copied", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of();
	}

}
