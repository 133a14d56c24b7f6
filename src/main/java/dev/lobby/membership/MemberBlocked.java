package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A member was blocked: they keep the membership but cannot use the account. */
public record MemberBlocked(String accountId, String accountUserId, Person person,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.account-user.blocked";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.member.blocked", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of();
	}

}
