package dev.lobby.membership;

/**
 * What an invitation link can still do; each state but USABLE has its own page and
 * sentence.
 */
public enum LinkState {

	USABLE("The invitation can be accepted or declined."),
	EXPIRED("This invitation has expired. Ask your administrator to send you a new invitation."),
	USED("This invitation has already been accepted. Sign in to use the account."),
	REPLACED("This link was replaced by a newer invitation. Use the link in the most recent invitation email."),
	REMOVED("This invitation no longer works: the account's administrators removed it. Ask them if you need access."),
	DECLINED("This invitation was declined. Ask your administrator if you want to be invited again."),
	UNKNOWN("This invitation link is not valid. Check that you copied the whole link from the email.");

	private final String sentence;

	LinkState(String sentence) {
		this.sentence = sentence;
	}

	public String sentence() {
		return sentence;
	}

}
