package dev.lobby.platform;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who performs a change: a signed-in user, an API token, an invitee answering a link, or
 * Lobby itself. Every audit record names one.
 *
 * <p>
 * This is the one home of "the actor may see this account" ({@link #canSee}, and the same
 * rule as a list filter, {@link #onlyVisibleAccount}) and of "the actor holds Account
 * Management" ({@link #requireAccountManagement}); the services ask these before they
 * read or change an account's data, whoever calls them. Lobby itself ({@link #system()},
 * which only code inside Lobby can be, e.g. the bootstrap) acts on every account with
 * every module.
 *
 * @param accountId the account the actor acts for (null for invitees and the system)
 * @param operations whether that account is the platform operator's
 * @param moduleIds the modules the actor may use in that account
 */
public record Actor(Type type, String id, String name, @Nullable String accountId, boolean operations,
		Set<String> moduleIds) {

	public enum Type {

		USER, API_TOKEN, INVITEE, SYSTEM

	}

	public static final String ACCOUNT_MANAGEMENT = "MOD-1001";

	public static Actor system() {
		return new Actor(Type.SYSTEM, "system", "Lobby", null, false, Set.of());
	}

	public static Actor invitee(UserId userId, String name) {
		return new Actor(Type.INVITEE, userId.value(), name, null, false, Set.of());
	}

	public boolean mayUse(String moduleId) {
		return type == Type.SYSTEM || moduleIds.contains(moduleId);
	}

	/** Operators (and Lobby itself) act on every account. */
	public boolean seesEveryAccount() {
		return operations || type == Type.SYSTEM;
	}

	/**
	 * Operators act on every account; everybody else only on their own (invitees on
	 * none).
	 */
	public boolean canSee(String otherAccountId) {
		return seesEveryAccount() || otherAccountId.equals(accountId);
	}

	/**
	 * {@link #canSee} as a list filter: empty when the actor sees every account,
	 * otherwise the only account it sees. An actor of no account (an invitee) has no list
	 * to read.
	 */
	public Optional<String> onlyVisibleAccount() {
		if (seesEveryAccount()) {
			return Optional.empty();
		}
		if (accountId == null) {
			throw new NotPermitted(Sentence.of("refused.no-account"));
		}
		return Optional.of(accountId);
	}

	/**
	 * Refuses callers without Account Management, the module behind all of Lobby's
	 * administration.
	 */
	public void requireAccountManagement() {
		if (!mayUse(ACCOUNT_MANAGEMENT)) {
			throw new NotPermitted(Sentence.of("refused.account-management-needed"));
		}
	}
}
