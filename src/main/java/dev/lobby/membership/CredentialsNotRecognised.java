package dev.lobby.membership;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

/**
 * A sign-in whose address and password do not belong together: the same refusal whether
 * the address has no login, a login without a password, or the password is wrong.
 */
public class CredentialsNotRecognised extends InvalidInput {

	public CredentialsNotRecognised() {
		super("password", Sentence.of("sign-in.not-recognised"));
	}

}
