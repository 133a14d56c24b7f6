package dev.lobby.mail;

import java.time.Instant;

/**
 * The invitation (sent on invite, resend and send-new). The link itself is signed only
 * when the email is sent, so the outbox never stores it.
 *
 * @param inviterName how the invitee sees the inviter
 * @param invitedByPerson false when an API token invited: the subject then names only the
 * account
 */
public record InvitationEmail(String accountName, String inviterName, boolean invitedByPerson, String inviteeFirstName,
		String inviteeEmail, Instant expiresAt, Link invitationLink) implements EmailModel {

	public static final String TEMPLATE = "invitation";

	public InvitationEmail {
		EmailModel.required(accountName, "accountName");
		EmailModel.required(inviterName, "inviterName");
		EmailModel.required(inviteeFirstName, "inviteeFirstName");
		EmailModel.required(inviteeEmail, "inviteeEmail");
		EmailModel.required(expiresAt, "expiresAt");
		EmailModel.required(invitationLink, "invitationLink");
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	/** Which link of which membership: signed into a URL when sent. */
	public record Link(String accountUserId, int generation) {

		public Link {
			EmailModel.required(accountUserId, "invitationLink.accountUserId");
			if (generation < 1) {
				throw new IllegalArgumentException("The invitation link's generation must be at least 1");
			}
		}
	}

}
