package dev.lobby.platform;

/**
 * The caller is known but may not do this: it lacks the module or the rights the action
 * needs.
 */
public class NotPermitted extends LobbyException {

	public NotPermitted(Sentence sentence) {
		super(sentence);
	}

}
