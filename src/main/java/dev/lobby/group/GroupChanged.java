package dev.lobby.group;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A group's name, description or modules were changed. */
public record GroupChanged(Group before, Group after, Actor actor) implements GroupEvent {

	@Override
	public Group group() {
		return after;
	}

	@Override
	public String auditKey() {
		return "lobby.group.updated";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.group.changed", after.name());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("before", GroupRules.snapshot(before), "after", GroupRules.snapshot(after));
	}

}
