package dev.lobby.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.InvalidInput;

/**
 * The password policy: at least 8 characters with a lower-case letter, an upper-case
 * letter, a digit and a special character. At most 128, so hashing cannot be abused to
 * burn CPU.
 */
public final class Password {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private Password() {
	}

	/** What the password still lacks, as sentences; empty when it meets the policy. */
	public static List<String> shortcomings(@Nullable String password) {
		List<String> missing = new ArrayList<>();
		if (password == null) {
			return List.of("Enter a password.");
		}
		if (password.length() < MIN_LENGTH) {
			missing.add("Use at least " + MIN_LENGTH + " characters.");
		}
		if (password.length() > MAX_LENGTH) {
			missing.add("Use at most " + MAX_LENGTH + " characters.");
		}
		if (password.chars().noneMatch(Character::isLowerCase)) {
			missing.add("Add a lower-case letter.");
		}
		if (password.chars().noneMatch(Character::isUpperCase)) {
			missing.add("Add an upper-case letter.");
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			missing.add("Add a digit.");
		}
		if (password.chars().allMatch(Character::isLetterOrDigit)) {
			missing.add("Add a special character, like ! or #.");
		}
		return missing;
	}

	public static void requireAcceptable(@Nullable String password) {
		List<String> missing = shortcomings(password);
		if (!missing.isEmpty()) {
			throw new InvalidInput(Map.of("password", missing));
		}
	}

}
