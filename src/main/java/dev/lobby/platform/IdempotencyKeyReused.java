package dev.lobby.platform;

import org.springframework.http.HttpStatus;

/**
 * An {@code Idempotency-Key} came back with a different request than the first time (HTTP
 * 422).
 */
public class IdempotencyKeyReused extends LobbyException {

	public IdempotencyKeyReused() {
		super("This Idempotency-Key was already used for a different request. Use a new key for a new request.");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}

	@Override
	public String title() {
		return "Idempotency key reused";
	}

}
