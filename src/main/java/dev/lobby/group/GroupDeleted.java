package dev.lobby.group;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lobby.platform.Actor;

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
	public String auditSummary() {
		return "Group \"" + group.name() + "\" was deleted";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>(GroupRules.snapshot(group));
		details.put("unlinkedEndedMemberships", unlinkedEndedMemberships);
		return details;
	}

}
