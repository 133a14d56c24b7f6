package dev.lobby.platform;

/**
 * The id of an account user (a user's membership in one account)
 * ({@code AUSR-1234-5678-9012}), as the services take it: a typed id cannot be passed
 * where another kind of id is expected. It wraps the text as it arrived (a path variable,
 * a stored id) and checks no shape; blank text is refused as {@link NotFound}.
 */
public record AccountUserId(String value) {

	private static final Sentence WHAT = Sentence.of("thing.account-user");

	public AccountUserId {
		Ids.require(value, WHAT);
	}

	public static AccountUserId of(String value) {
		return new AccountUserId(value);
	}

	/**
	 * "Account user … was not found.": the answer when nothing the caller may see has
	 * this id.
	 */
	public NotFound notFound() {
		return new NotFound(WHAT, value);
	}

	@Override
	public String toString() {
		return value;
	}

}
