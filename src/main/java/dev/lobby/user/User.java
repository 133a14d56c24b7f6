package dev.lobby.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;

/**
 * A person with one login across all accounts. A user invited but not yet registered has
 * no password; {@code emailVerifiedAt} is when the person proved they read the address's
 * mail (null: not proven, e.g. registered through a link an administrator could read).
 */
public record User(String id, EmailAddress email, String firstName, String lastName, @Nullable String passwordHash,
		Instant createdAt, @Nullable Instant lastSignInAt, @Nullable Instant emailVerifiedAt) {

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public String fullName() {
		return firstName + " " + lastName;
	}
}
