package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;

/** A blocked member was let back in. */
public record MemberUnblocked(String accountId, String accountUserId, Person person,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.account-user.unblocked";
	}

	@Override
	public String auditSummary() {
		return person.fullName() + " was unblocked";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of();
	}

}
