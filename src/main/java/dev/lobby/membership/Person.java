package dev.lobby.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;

/**
 * The user behind a membership, as far as membership rules, messages and lists need them.
 */
public record Person(String userId, EmailAddress email, String firstName, String lastName,
		@Nullable Instant lastSignInAt) {

	public String fullName() {
		return firstName + " " + lastName;
	}
}
