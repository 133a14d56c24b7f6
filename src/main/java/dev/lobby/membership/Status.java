package dev.lobby.membership;

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

	String label() {
		return switch (this) {
			case Invited -> "invited";
			case InvitationExpired -> "invited, but the invitation has expired";
			case Active -> "active";
			case Blocked -> "blocked";
			case Disabled -> "removed from this account";
			case Declined -> "no longer invited (the invitation was declined)";
		};
	}

}
