package dev.lobby.user;

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Sentence;

/**
 * A registration for an address whose login already has a password: the first
 * registration stands.
 */
public class AlreadyRegistered extends ActionRefused {

	public AlreadyRegistered() {
		super(Sentence.of("invitation.already-registered"));
	}

}
