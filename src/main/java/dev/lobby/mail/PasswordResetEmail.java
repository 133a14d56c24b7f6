package dev.lobby.mail;

/**
 * A one-time password reset link; the link is signed only when the email is sent.
 *
 * @param validMinutes how long the link works
 */
public record PasswordResetEmail(String resetId, int validMinutes) implements EmailModel {

	static final String TEMPLATE = "password-reset";

	public PasswordResetEmail {
		EmailModel.required(resetId, "resetId");
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

}
