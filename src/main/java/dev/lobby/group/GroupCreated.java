package dev.lobby.group;

import java.util.Map;

import dev.lobby.platform.Actor;

/** A group was created (a new account's default group included). */
public record GroupCreated(Group group, Actor actor) implements GroupEvent {

	@Override
	public String auditKey() {
		return "lobby.group.created";
	}

	@Override
	public String auditSummary() {
		return "Group \"" + group.name() + "\" was created";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", group.name(), "modules", group.modules().stream().map(Module::id).toList());
	}

}
