package dev.lobby.platform;

import org.springframework.http.HttpStatus;

/** The caller's {@code If-Match} names a version that is no longer current (HTTP 412). */
public class PreconditionFailed extends LobbyException {

	public PreconditionFailed(String what) {
		super(what + " was changed since you read it. Read it again and retry with its new ETag.");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PRECONDITION_FAILED;
	}

	@Override
	public String title() {
		return "Precondition failed";
	}

}
