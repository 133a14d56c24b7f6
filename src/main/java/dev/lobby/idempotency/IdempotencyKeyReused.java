package dev.lobby.idempotency;

import dev.lobby.platform.LobbyException;
import dev.lobby.platform.Sentence;

/**
 * An {@code Idempotency-Key} came back with a different request than the first time.
 */
public class IdempotencyKeyReused extends LobbyException {

	public IdempotencyKeyReused() {
		super(Sentence.untranslated(
				"This Idempotency-Key was already used for a different request. Use a new key for a new request."));
	}

}
