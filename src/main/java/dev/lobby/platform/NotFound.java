package dev.lobby.platform;

import org.springframework.http.HttpStatus;

/**
 * The object does not exist, or belongs to an account the caller cannot see (never told
 * apart).
 */
public class NotFound extends LobbyException {

	public NotFound(String what, String id) {
		super(what + " " + id + " was not found.");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

	@Override
	public String title() {
		return "Not found";
	}

}
