package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A blocked member was let back in. */
public record MemberUnblocked(String accountId, String accountUserId, Person person,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.account-user.unblocked";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.member.unblocked", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of();
	}

}
