package dev.lobby.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

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
		List<Sentence> missing = shortcomings(typed);
		if (typed == null || !missing.isEmpty()) {
			throw new InvalidInput(Map.of("password", missing));
		}
		return new Password(typed);
	}

	/** What the password still lacks, as sentences; empty when it meets the policy. */
	public static List<Sentence> shortcomings(@Nullable String password) {
		List<Sentence> missing = new ArrayList<>();
		if (password == null) {
			return List.of(Sentence.of("password.missing"));
		}
		if (password.length() < MIN_LENGTH) {
			missing.add(Sentence.of("password.too-short", MIN_LENGTH));
		}
		if (password.length() > MAX_LENGTH) {
			missing.add(Sentence.of("password.too-long", MAX_LENGTH));
		}
		if (password.chars().noneMatch(Character::isLowerCase)) {
			missing.add(Sentence.of("password.lower-case"));
		}
		if (password.chars().noneMatch(Character::isUpperCase)) {
			missing.add(Sentence.of("password.upper-case"));
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			missing.add(Sentence.of("password.digit"));
		}
		if (password.chars().allMatch(Character::isLetterOrDigit)) {
			missing.add(Sentence.of("password.special"));
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
