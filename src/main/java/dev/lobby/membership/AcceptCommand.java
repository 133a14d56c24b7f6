package dev.lobby.membership;

import org.jspecify.annotations.Nullable;

/**
 * Accepting an invitation: a new user registers with names and a password; a user who
 * already has a login sends only the password (through the emailed link).
 */
public record AcceptCommand(@Nullable String firstName, @Nullable String lastName, @Nullable String password) {

	/**
	 * Whether this is a registration: any name given means the sender means to create a
	 * login.
	 */
	boolean registers() {
		return firstName != null || lastName != null;
	}
}
