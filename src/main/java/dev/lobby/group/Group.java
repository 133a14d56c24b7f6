package dev.lobby.group;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.Stamp;

/**
 * A named set of modules inside one account. The default group ("Administrators") is
 * fixed.
 */
public record Group(String id, String accountId, String name, @Nullable String description, boolean isDefault,
		List<Module> modules, long version, Stamp created, Stamp updated) {

	public boolean grants(String moduleId) {
		return modules.stream().anyMatch(module -> module.id().equals(moduleId));
	}

	Set<String> moduleIds() {
		return modules.stream().map(Module::id).collect(Collectors.toSet());
	}

	/**
	 * Whether this group's modules may never change (the default group's), which pages
	 * show before anyone tries and {@link #edited} enforces.
	 */
	public boolean modulesFixed() {
		return isDefault;
	}

	/**
	 * This group with a new name, description and modules, at the version it was read.
	 * The default group keeps its modules: it is what guarantees the account always has
	 * administrators.
	 */
	Group edited(String newName, @Nullable String newDescription, List<Module> newModules, Stamp stamp) {
		Set<String> newIds = newModules.stream().map(Module::id).collect(Collectors.toSet());
		if (modulesFixed() && !newIds.equals(moduleIds())) {
			throw new ActionRefused(Sentence.of("group.default-modules-fixed", name));
		}
		return new Group(id, accountId, newName, newDescription, isDefault, List.copyOf(newModules), version, created,
				stamp);
	}

	/**
	 * This group with its modules, which the repository reads for many groups at once.
	 */
	Group withModules(List<Module> loadedModules) {
		return new Group(id, accountId, name, description, isDefault, List.copyOf(loadedModules), version, created,
				updated);
	}

	/**
	 * Refuses to delete the default group and any group that live members are still in.
	 */
	void requireDeletable(long liveMembers) {
		deletionRefusal(liveMembers).ifPresent(reason -> {
			throw new ActionRefused(reason);
		});
	}

	/**
	 * Why this group may not be deleted while {@code liveMembers} people are in it, or
	 * empty when it may: the one rule that {@link GroupManagement#delete} enforces and
	 * that pages show before anyone tries.
	 */
	public Optional<Sentence> deletionRefusal(long liveMembers) {
		if (isDefault) {
			return Optional.of(Sentence.of("group.default-undeletable", name));
		}
		if (liveMembers > 0) {
			return Optional.of(Sentence.of("group.in-use", name, liveMembers));
		}
		return Optional.empty();
	}

}
