package dev.lobby.platform;

import org.springframework.http.HttpStatus;

/** A rule refused the action in the object's current state (HTTP 409). */
public class StateConflict extends LobbyException {

	public StateConflict(String sentence) {
		super(sentence);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

	@Override
	public String title() {
		return "Not allowed in the current state";
	}

}
