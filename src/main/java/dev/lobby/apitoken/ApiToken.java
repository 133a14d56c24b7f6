package dev.lobby.apitoken;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.Stamp;

/**
 * An API token of one account, limited to modules. Its secret is never stored, only a
 * hash of it.
 */
public record ApiToken(String id, String accountId, String name, Set<String> moduleIds, boolean enabled, Stamp created,
		@Nullable Instant lastUsedAt) {

	/**
	 * This token with its modules, which the repository reads for many tokens at once.
	 */
	ApiToken withModuleIds(Set<String> loadedModuleIds) {
		return new ApiToken(id, accountId, name, Set.copyOf(loadedModuleIds), enabled, created, lastUsedAt);
	}

}
