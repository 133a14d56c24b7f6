package dev.lobby.group;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.PlainText;

/** Validation of what people type for a group. */
final class GroupRules {

	private GroupRules() {
	}

	static String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "Enter a name for the group.");
		}
		String clean = name.strip();
		if (clean.length() > 100 || PlainText.hasUnsafeCharacter(clean)) {
			throw new InvalidInput("name", "A group name has at most 100 characters and no line breaks,"
					+ " control characters, invisible characters or text-direction overrides.");
		}
		return clean;
	}

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
			throw new InvalidInput("description", "A group description has at most 1000 characters.");
		}
		return clean;
	}

}
