package dev.lobby.idempotency;

import dev.lobby.platform.LobbyException;

/**
 * An {@code Idempotency-Key} came back with a different request than the first time.
 */
public class IdempotencyKeyReused extends LobbyException {

	public IdempotencyKeyReused() {
		super("This Idempotency-Key was already used for a different request. Use a new key for a new request.");
	}

}
