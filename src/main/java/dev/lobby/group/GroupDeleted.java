package dev.lobby.group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * A group was deleted.
 *
 * @param unlinkedEndedMemberships the ended memberships (removed, declined) that still
 * named it and were unlinked
 */
public record GroupDeleted(Group group, List<String> unlinkedEndedMemberships, Actor actor) implements GroupEvent {

	@Override
	public String auditKey() {
		return "lobby.group.deleted";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.group.deleted", group.name());
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>(GroupRules.snapshot(group));
		details.put("unlinkedEndedMemberships", unlinkedEndedMemberships);
		return details;
	}

}
