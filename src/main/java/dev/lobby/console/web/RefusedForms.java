package dev.lobby.console.web;

import org.springframework.http.HttpStatus;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LobbyException;

/**
 * The status of a Settings form shown again with the service's refusal: 400 when the
 * input was refused, 409 when a rule or a concurrent change refused the action.
 */
final class RefusedForms {

	private RefusedForms() {
	}

	static int status(LobbyException refused) {
		return refused instanceof InvalidInput ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value();
	}

}
