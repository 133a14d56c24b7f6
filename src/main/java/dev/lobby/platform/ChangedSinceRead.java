package dev.lobby.platform;

/**
 * The caller acted on a version it read ({@code If-Match}) that someone else has changed
 * since.
 */
public class ChangedSinceRead extends LobbyException {

	/**
	 * @param what what changed, a sentence like "Account user" (key {@code thing.*})
	 */
	public ChangedSinceRead(Sentence what, String id) {
		super(Sentence.of("refused.changed-since-read", what, id));
	}

}
