package dev.lobby.platform;

/**
 * The object does not exist, or belongs to an account the caller cannot see (never told
 * apart).
 */
public class NotFound extends LobbyException {

	/**
	 * @param what what was looked for, a sentence like "Account" (key {@code thing.*})
	 */
	public NotFound(Sentence what, String id) {
		super(Sentence.of("refused.not-found", what, id));
	}

	/** Not found, said in a sentence of its own ("Invitation link was not found."). */
	public NotFound(Sentence sentence) {
		super(sentence);
	}

}
