package dev.lobby.membership;

import java.util.List;
import java.util.Map;

import dev.lobby.platform.Actor;

/** A user became an active member without an invitation: a new account's founder. */
public record MemberEnrolled(String accountId, String accountUserId, Person person, List<String> groupIds,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.account-user.enrolled";
	}

	@Override
	public String auditSummary() {
		return person.fullName() + " joined as the first administrator";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("groups", groupIds);
	}

}
