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
}
