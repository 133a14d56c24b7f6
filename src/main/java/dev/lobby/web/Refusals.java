package dev.lobby.web;

import org.springframework.http.HttpStatus;

import dev.lobby.idempotency.IdempotencyKeyReused;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.ChangedSinceRead;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.NotFound;
import dev.lobby.platform.NotPermitted;

/**
 * How each kind of refusal travels over HTTP: its status and the title of its problem
 * document. The domain names what happened; only the HTTP edge knows statuses.
 */
enum Refusals {

	INVALID_INPUT(HttpStatus.BAD_REQUEST, "Invalid input"), NOT_PERMITTED(HttpStatus.FORBIDDEN, "Forbidden"),
	NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
	ACTION_REFUSED(HttpStatus.CONFLICT, "Not allowed in the current state"),
	CHANGED_SINCE_READ(HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused"),
	LIMIT_REACHED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
	/** A refusal of a kind this table does not know yet: a fault on our side. */
	UNKNOWN(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	private final HttpStatus status;

	private final String title;

	Refusals(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
	}

	static Refusals of(LobbyException refusal) {
		if (refusal instanceof InvalidInput) {
			return INVALID_INPUT;
		}
		if (refusal instanceof NotPermitted) {
			return NOT_PERMITTED;
		}
		if (refusal instanceof NotFound) {
			return NOT_FOUND;
		}
		if (refusal instanceof ActionRefused) {
			return ACTION_REFUSED;
		}
		if (refusal instanceof ChangedSinceRead) {
			return CHANGED_SINCE_READ;
		}
		if (refusal instanceof IdempotencyKeyReused) {
			return IDEMPOTENCY_KEY_REUSED;
		}
		if (refusal instanceof LimitReached) {
			return LIMIT_REACHED;
		}
		return UNKNOWN;
	}

	HttpStatus status() {
		return status;
	}

	String title() {
		return title;
	}

}
