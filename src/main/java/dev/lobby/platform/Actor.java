package dev.lobby.platform;

import java.util.Set;

/**
 * Who performs a change: a signed-in user, an API token, an invitee answering a link, or Lobby
 * itself. Every audit record names one.
 *
 * @param accountId the account the actor acts for (null for invitees and the system)
 * @param operations whether that account is the platform operator's
 * @param moduleIds the modules the actor may use in that account
 */
public record Actor(Type type, String id, String name, String accountId, boolean operations, Set<String> moduleIds) {

	public enum Type {
		USER, API_TOKEN, INVITEE, SYSTEM
	}

	public static final String ACCOUNT_MANAGEMENT = "MOD-1001";

	public static Actor system() {
		return new Actor(Type.SYSTEM, "system", "Lobby", null, false, Set.of());
	}

	public static Actor invitee(String userId, String name) {
		return new Actor(Type.INVITEE, userId, name, null, false, Set.of());
	}

	public boolean mayUse(String moduleId) {
		return moduleIds.contains(moduleId);
	}

	/** Operators act on every account; everybody else only on their own. */
	public boolean canSee(String otherAccountId) {
		return operations || (accountId != null && accountId.equals(otherAccountId));
	}

	/** Refuses callers without Account Management, the module behind all of Lobby's administration. */
	public void requireAccountManagement() {
		if (!mayUse(ACCOUNT_MANAGEMENT)) {
			throw new Forbidden("This caller lacks the Account Management module, which managing users and groups requires.");
		}
	}
}
