package dev.lobby.platform;

import java.time.Duration;

/**
 * A rate limit was reached; {@link #retryAfterSeconds()} says when the next attempt can
 * succeed (the {@code Retry-After} header). Build it with {@link #tryAgainIn} so that the
 * sentence names the same wait as the header.
 */
public class LimitReached extends LobbyException {

	private final Duration retryAfter;

	public LimitReached(Sentence sentence, Duration retryAfter) {
		super(sentence);
		this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
	}

	/**
	 * Refuses with {@code what}, followed by "Try again in …" for the wait of
	 * {@code Retry-After}, rounded up.
	 */
	public static LimitReached tryAgainIn(Duration wait, Sentence what) {
		return new LimitReached(Sentence.of("refused.try-again-in", what, inWords(wholeSeconds(wait))), wait);
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
	static Sentence inWords(long seconds) {
		if (seconds < 60) {
			return Sentence.of("duration.seconds", seconds);
		}
		return Sentence.of("duration.minutes", (seconds + 59) / 60);
	}

}
