package dev.lobby.mail;

/**
 * Tells an address that a login was registered for it through a link that proved nothing
 * about the mailbox, so its owner can take the login back.
 *
 * @param resetUrl the page where the owner asks for a password reset
 */
public record LoginRegisteredEmail(String accountName, String resetUrl) implements EmailModel {

	static final String TEMPLATE = "login-registered";

	public LoginRegisteredEmail {
		EmailModel.required(accountName, "accountName");
		EmailModel.required(resetUrl, "resetUrl");
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

}
