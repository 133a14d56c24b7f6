package dev.lobby.platform;

/**
 * The caller acted on a version it read ({@code If-Match}) that someone else has changed
 * since.
 */
public class ChangedSinceRead extends LobbyException {

	public ChangedSinceRead(String what) {
		super(what + " was changed since you read it. Read it again and retry with its new ETag.");
	}

}
