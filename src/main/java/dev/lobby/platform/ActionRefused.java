package dev.lobby.platform;

/**
 * A rule refused the action in the object's current state, e.g. resending an invitation
 * that has expired, or inviting someone who already belongs to the account.
 */
public class ActionRefused extends LobbyException {

	public ActionRefused(Sentence sentence) {
		super(sentence);
	}

}
