package dev.lobby.membership;

import dev.lobby.platform.NotPermitted;
import dev.lobby.platform.Sentence;

/**
 * The password was right, but the person is an active member of no account: every
 * membership is blocked or ended, or the only ones left still wait for the person to
 * accept their invitation.
 */
public class NoAccountToSignInTo extends NotPermitted {

	private final boolean invitationsPending;

	NoAccountToSignInTo(boolean invitationsPending) {
		super(Sentence.of(invitationsPending ? "sign-in.invitations-pending" : "sign-in.no-access"));
		this.invitationsPending = invitationsPending;
	}

	/** Whether the person has invitations still to answer (and no active membership). */
	public boolean invitationsPending() {
		return invitationsPending;
	}

}
