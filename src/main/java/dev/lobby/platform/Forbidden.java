package dev.lobby.platform;

import org.springframework.http.HttpStatus;

/** The caller is known but lacks the module or rights the action needs (HTTP 403). */
public class Forbidden extends LobbyException {

	public Forbidden(String sentence) {
		super(sentence);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

	@Override
	public String title() {
		return "Forbidden";
	}

}
