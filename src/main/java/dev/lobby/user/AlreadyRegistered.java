package dev.lobby.user;

import dev.lobby.platform.ActionRefused;

/**
 * A registration for an address whose login already has a password: the first
 * registration stands.
 */
public class AlreadyRegistered extends ActionRefused {

	public AlreadyRegistered() {
		super("This address already has a Lobby login. To accept, sign in with its password through the link in the "
				+ "invitation email, or reset the password if it is not yours or you forgot it.");
	}

}
