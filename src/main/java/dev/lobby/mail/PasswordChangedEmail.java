package dev.lobby.mail;

/**
 * Tells the owner of a login that its password was changed from My profile, with the way
 * back (a reset) in case it was not them.
 *
 * @param resetPageUrl where to ask for a reset link
 */
public record PasswordChangedEmail(String resetPageUrl) implements EmailModel {

	static final String TEMPLATE = "password-changed";

	public PasswordChangedEmail {
		EmailModel.required(resetPageUrl, "resetPageUrl");
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

}
