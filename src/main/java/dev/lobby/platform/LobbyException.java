package dev.lobby.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal that a person can read. Each subclass names what happened; the message is the
 * sentence shown to the user or integrator, so it must never contain secrets.
 */
public abstract class LobbyException extends RuntimeException {

	protected LobbyException(String message) {
		super(message);
	}

	public abstract HttpStatus status();

	/** A short title for problem documents, e.g. "Not allowed in this state". */
	public abstract String title();

}
