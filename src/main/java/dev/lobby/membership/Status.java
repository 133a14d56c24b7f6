package dev.lobby.membership;

import dev.lobby.platform.Sentence;

/**
 * The state of an account user. {@link #InvitationExpired} is never stored: it is
 * {@link #Invited} seen at or after the invitation's expiry. {@link #Declined}
 * memberships have ended and are listed nowhere but in the audit trail.
 */
public enum Status {

	Invited, InvitationExpired, Active, Blocked, Disabled, Declined;

	/** A live membership counts as "belongs to the account": one per user and account. */
	public boolean isLive() {
		return this == Invited || this == InvitationExpired || this == Active || this == Blocked;
	}

	/**
	 * Whether a membership is stored in this state: every state but
	 * {@link #InvitationExpired}, which is {@link #Invited} read with the clock.
	 */
	boolean isStored() {
		return this != InvitationExpired;
	}

	/**
	 * The state in a sentence ("Sam Smith is {0}."), key {@code member.state.<Status>}.
	 */
	Sentence label() {
		return Sentence.of("member.state." + name());
	}

}
