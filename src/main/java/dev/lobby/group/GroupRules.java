package dev.lobby.group;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.Sentence;

/** Validation of what people type for a group. */
final class GroupRules {

	private GroupRules() {
	}

	static final Name.Kind NAME = Name.Kind.ofThing("group", 100);

	/** What the audit trail keeps of a group, before and after a change. */
	static Map<String, Object> snapshot(Group group) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("name", group.name());
		snapshot.put("description", group.description());
		snapshot.put("modules", group.modules().stream().map(Module::id).toList());
		return snapshot;
	}

	static @Nullable String description(@Nullable String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String clean = description.strip();
		if (clean.length() > 1000) {
			throw new InvalidInput("description", Sentence.of("group.description-too-long", 1000));
		}
		return clean;
	}

}
