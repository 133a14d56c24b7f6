package dev.lobby.platform;

/**
 * The object does not exist, or belongs to an account the caller cannot see (never told
 * apart).
 */
public class NotFound extends LobbyException {

	public NotFound(String what, String id) {
		super(what + " " + id + " was not found.");
	}

}
