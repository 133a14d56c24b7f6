package dev.lobby.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** A rate limit was reached; {@link #retryAfter()} says when the next attempt can succeed. */
public class TooManyRequests extends LobbyException {

	private final Duration retryAfter;

	public TooManyRequests(String sentence, Duration retryAfter) {
		super(sentence);
		this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}

	@Override
	public String title() {
		return "Too many requests";
	}
}
