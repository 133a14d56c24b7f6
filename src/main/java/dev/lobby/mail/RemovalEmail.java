package dev.lobby.mail;

/** Tells a person they were removed from an account. */
public record RemovalEmail(String accountName, String firstName, String removedByName) implements EmailModel {

	static final String TEMPLATE = "removal";

	public RemovalEmail {
		EmailModel.required(accountName, "accountName");
		EmailModel.required(firstName, "firstName");
		EmailModel.required(removedByName, "removedByName");
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

}
