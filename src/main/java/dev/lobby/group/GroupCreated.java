package dev.lobby.group;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A group was created (a new account's default group included). */
public record GroupCreated(Group group, Actor actor) implements GroupEvent {

	@Override
	public String auditKey() {
		return "lobby.group.created";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.group.created", group.name());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", group.name(), "modules", group.modules().stream().map(Module::id).toList());
	}

}
