package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;

/** An administrator copied a pending invitation's link, which grants access. */
public record InvitationLinkCopied(String accountId, String accountUserId, Person person,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.link-copied";
	}

	@Override
	public String auditSummary() {
		return "The invitation link of " + person.fullName() + " was copied";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of();
	}

}
