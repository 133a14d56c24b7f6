package dev.lobby.membership;

/**
 * Whose names an account sees for a member, as SQL over
 * {@code account_users au JOIN users u}: until the person joins, the email spelling and
 * names the account typed when it invited them (so an invitation never reveals whether
 * the address has a login, or what its owner calls themselves); once they joined, their
 * own. The member row, the list and RQL filtering and sorting all read these expressions,
 * so they cannot disagree.
 */
final class ShownPerson {

	private static final String BEFORE_JOINING = "CASE WHEN au.joined_at IS NULL THEN ";

	static final String EMAIL = BEFORE_JOINING + "au.invitee_email ELSE u.email END";
	static final String FIRST_NAME = BEFORE_JOINING + "au.invitee_first_name ELSE u.first_name END";
	static final String LAST_NAME = BEFORE_JOINING + "au.invitee_last_name ELSE u.last_name END";

	/**
	 * Whether and when someone signed in is theirs to tell once they joined, not before.
	 */
	static final String LAST_SIGN_IN_AT = BEFORE_JOINING + "NULL ELSE u.last_sign_in_at END";

	/**
	 * The columns {@code email, first_name, last_name, last_sign_in_at} of the person as
	 * shown.
	 */
	static final String COLUMNS = EMAIL + " AS email, " + FIRST_NAME + " AS first_name, " + LAST_NAME
			+ " AS last_name, " + LAST_SIGN_IN_AT + " AS last_sign_in_at";

	private ShownPerson() {
	}

}
