package dev.lobby.membership;

/**
 * Whose names an account sees for a member, as SQL over
 * {@code account_users au JOIN users u}. The membership row keeps them itself
 * ({@code shown_email}, {@code shown_first_name}, {@code shown_last_name}): until the
 * person joins, the email spelling and names the account typed when it invited them (so
 * an invitation never reveals whether the address has a login, or what its owner calls
 * themselves); from joining on, a copy of their own, taken when they join and renewed
 * whenever they change their names ({@link ShownNames}, which writes joined memberships
 * only). The member row, the list and RQL filtering and sorting all read these columns,
 * so they cannot disagree, and indexes of the one table serve them (migration 22).
 */
final class ShownPerson {

	static final String EMAIL = "au.shown_email";
	static final String FIRST_NAME = "au.shown_first_name";
	static final String LAST_NAME = "au.shown_last_name";

	/**
	 * Whether and when someone signed in is theirs to tell once they joined, not before.
	 */
	static final String LAST_SIGN_IN_AT = "CASE WHEN au.joined_at IS NULL THEN NULL ELSE u.last_sign_in_at END";

	/**
	 * The columns {@code email, first_name, last_name, last_sign_in_at} of the person as
	 * shown.
	 */
	static final String COLUMNS = EMAIL + " AS email, " + FIRST_NAME + " AS first_name, " + LAST_NAME
			+ " AS last_name, " + LAST_SIGN_IN_AT + " AS last_sign_in_at";

	private ShownPerson() {
	}

}
