package dev.lobby.membership;

import java.util.List;
import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * A member's groups were replaced.
 *
 * @param before the group ids before, sorted
 * @param after the group ids after, sorted
 */
public record MemberGroupsChanged(String accountId, String accountUserId, Person person, List<String> before,
		List<String> after, Actor actor) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.account-user.groups-changed";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.member.groups-changed", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("before", before, "after", after);
	}

}
