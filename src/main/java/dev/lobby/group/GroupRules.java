package dev.lobby.group;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.InvalidInput;

/** Validation of what people type for a group. */
final class GroupRules {

	private GroupRules() {
	}

	static String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "Enter a name for the group.");
		}
		String clean = name.strip();
		if (clean.length() > 100 || clean.codePoints().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("name", "A group name has at most 100 characters and no line breaks.");
		}
		return clean;
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
