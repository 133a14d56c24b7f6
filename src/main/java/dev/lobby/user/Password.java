package dev.lobby.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.InvalidInput;

/**
 * A new password that meets the policy: at least 8 characters with a lower-case letter,
 * an upper-case letter, a digit and a special character; at most 128, so hashing cannot
 * be abused to burn CPU. Only this module reads the secret (to hash it), and it never
 * shows in {@link #toString()}, so a password passed around cannot end up in a log.
 */
public final class Password {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private final String secret;

	private Password(String secret) {
		this.secret = secret;
	}

	/**
	 * The password a person chose, refused under {@code password} with everything it
	 * still lacks.
	 */
	public static Password of(@Nullable String typed) {
		List<String> missing = shortcomings(typed);
		if (typed == null || !missing.isEmpty()) {
			throw new InvalidInput(Map.of("password", missing));
		}
		return new Password(typed);
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

	String secret() {
		return secret;
	}

	@Override
	public String toString() {
		return "Password[hidden]";
	}

}
