package dev.lobby.group;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.Stamp;

/** A named set of modules inside one account. The default group ("Administrators") is fixed. */
public record Group(String id, String accountId, String name, @Nullable String description, boolean isDefault,
		List<Module> modules, long version, Stamp created, Stamp updated) {

	public boolean grants(String moduleId) {
		return modules.stream().anyMatch(module -> module.id().equals(moduleId));
	}
}
