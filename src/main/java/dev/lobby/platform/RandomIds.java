package dev.lobby.platform;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Random ids in the shapes of the specification ({@code ACC-1234-5678},
 * {@code AUSR-1234-5678-9012}). Ids are never derived from anything guessable and never
 * reused: a fresh one is drawn until the caller's check says it is not taken (the primary
 * key still guards the rare race).
 */
public final class RandomIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_TRIES = 20;

	private RandomIds() {
	}

	/**
	 * A prefix followed by {@code groups} dash-separated blocks of four random digits.
	 */
	public static String draw(String prefix, int groups) {
		StringBuilder id = new StringBuilder(prefix);
		for (int i = 0; i < groups; i++) {
			AsciiDigits.append(id.append('-'), RANDOM.nextInt(10_000), 4);
		}
		return id.toString();
	}

	public static String drawUnused(String prefix, int groups, Predicate<String> taken) {
		for (int i = 0; i < MAX_TRIES; i++) {
			String candidate = draw(prefix, groups);
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Could not draw an unused " + prefix + " id; the id space is nearly full");
	}

	/**
	 * Draws ids until the insert with one succeeds: for tables whose insert itself tells
	 * a taken id ({@code ON CONFLICT DO NOTHING}), which saves the read before it.
	 * @param insert writes the object with the id drawn and answers it, or answers empty
	 * when the id was taken
	 */
	public static <T> T insertUnused(String prefix, int groups, Function<String, Optional<T>> insert) {
		for (int i = 0; i < MAX_TRIES; i++) {
			Optional<T> inserted = insert.apply(draw(prefix, groups));
			if (inserted.isPresent()) {
				return inserted.get();
			}
		}
		throw new IllegalStateException("Could not draw an unused " + prefix + " id; the id space is nearly full");
	}

	public static boolean matches(@Nullable String value, String prefix, int groups) {
		return value != null && value.matches(prefix + "(-\\d{4}){" + groups + "}");
	}

}
