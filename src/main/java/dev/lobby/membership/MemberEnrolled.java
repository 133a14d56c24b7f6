package dev.lobby.membership;

import java.util.List;
import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A user became an active member without an invitation: a new account's founder. */
public record MemberEnrolled(String accountId, String accountUserId, Person person, List<String> groupIds,
		Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.account-user.enrolled";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.member.enrolled", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("groups", groupIds);
	}

}
