package dev.lobby.mail;

/** Tells an inviter (or the account's administrators) that an invitation was declined. */
public record DeclinedEmail(String accountName, String recipientFirstName, String inviteeName,
		String inviteeEmail) implements EmailModel {

	static final String TEMPLATE = "declined";

	public DeclinedEmail {
		EmailModel.required(accountName, "accountName");
		EmailModel.required(recipientFirstName, "recipientFirstName");
		EmailModel.required(inviteeName, "inviteeName");
		EmailModel.required(inviteeEmail, "inviteeEmail");
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

}
