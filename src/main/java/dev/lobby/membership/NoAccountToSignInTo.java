package dev.lobby.membership;

import dev.lobby.platform.NotPermitted;

/**
 * The password was right, but the person is an active member of no account: every
 * membership is blocked or ended, or the only ones left still wait for the person to
 * accept their invitation.
 */
public class NoAccountToSignInTo extends NotPermitted {

	private final boolean invitationsPending;

	NoAccountToSignInTo(boolean invitationsPending) {
		super(invitationsPending
				? "You are not an active member of any account yet: accept your invitation through the link in its "
						+ "email first (or ask for a new one if it expired)."
				: "Your access to every account on Lobby was blocked or removed, so you cannot sign in. "
						+ "Ask an administrator of your account if you think this is a mistake.");
		this.invitationsPending = invitationsPending;
	}

	/** Whether the person has invitations still to answer (and no active membership). */
	public boolean invitationsPending() {
		return invitationsPending;
	}

}
