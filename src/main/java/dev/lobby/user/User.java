package dev.lobby.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;

/** A person with one login across all accounts. A user invited but not yet registered has no password. */
public record User(String id, EmailAddress email, String firstName, String lastName, @Nullable String passwordHash,
		Instant createdAt, @Nullable Instant lastSignInAt) {

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public String fullName() {
		return firstName + " " + lastName;
	}
}
