package dev.lobby.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;
import dev.lobby.user.User;

/**
 * The user behind a membership, as far as membership rules, messages and lists need them.
 */
public record Person(String userId, EmailAddress email, String firstName, String lastName,
		@Nullable Instant lastSignInAt) {

	/** The person as their login knows them: their own address spelling and names. */
	static Person of(User user) {
		return new Person(user.id(), user.email(), user.firstName(), user.lastName(), user.lastSignInAt());
	}

	public String fullName() {
		return firstName + " " + lastName;
	}
}
