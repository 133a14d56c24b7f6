package dev.lobby.console.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.lobby.membership.MemberAction;

/**
 * One row of the Users grid, its texts already in the reader's language.
 *
 * @param status the member's status now (a {@code membership.Status} name)
 * @param expiry for a pending invitation, when it expires in words ("expires in 3 days")
 * @param version what an action sends as {@code If-Match}: someone else's change
 * meanwhile refuses it
 */
public record UserRow(String id, String name, String email, String status, @Nullable String expiry,
		@Nullable String joined, @Nullable String lastSignIn, List<String> groups, List<String> modules, long version,
		List<MemberAction> actions) {

	public boolean offers(String action) {
		return actions.contains(MemberAction.valueOf(action));
	}

	public boolean hasActions() {
		return !actions.isEmpty();
	}

}
