package dev.lobby.platform;

import java.time.Duration;

/**
 * A rate limit was reached; {@link #retryAfterSeconds()} says when the next attempt can
 * succeed (the {@code Retry-After} header). Build it with {@link #tryAgainIn} so that the
 * sentence names the same wait as the header.
 */
public class LimitReached extends LobbyException {

	private final Duration retryAfter;

	public LimitReached(String sentence, Duration retryAfter) {
		super(sentence);
		this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
	}

	/**
	 * Refuses with {@code what}, followed by "Try again in …" for the wait of
	 * {@code Retry-After}, rounded up.
	 */
	public static LimitReached tryAgainIn(Duration wait, String what) {
		return new LimitReached(what + " Try again in " + inWords(wholeSeconds(wait)) + ".", wait);
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/**
	 * The value of {@code Retry-After}: the wait in whole seconds, rounded up, at least
	 * 1.
	 */
	public long retryAfterSeconds() {
		return wholeSeconds(retryAfter);
	}

	private static long wholeSeconds(Duration wait) {
		long seconds = wait.isNegative() ? 0 : wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}

	/**
	 * Seconds under a minute, else minutes rounded up: never earlier than
	 * {@code Retry-After}.
	 */
	static String inWords(long seconds) {
		if (seconds < 60) {
			return seconds == 1 ? "1 second" : seconds + " seconds";
		}
		long minutes = (seconds + 59) / 60;
		return minutes == 1 ? "1 minute" : minutes + " minutes";
	}

}
