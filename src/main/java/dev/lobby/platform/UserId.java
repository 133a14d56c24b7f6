package dev.lobby.platform;

/**
 * The id of a user (one login across all accounts) ({@code USR-1234-5678}), as the
 * services take it: a typed id cannot be passed where another kind of id is expected. It
 * wraps the text as it arrived (a path variable, a stored id) and checks no shape; blank
 * text is refused as {@link NotFound}.
 */
public record UserId(String value) {

	private static final Sentence WHAT = Sentence.of("thing.user");

	public UserId {
		Ids.require(value, WHAT);
	}

	public static UserId of(String value) {
		return new UserId(value);
	}

	/**
	 * "User … was not found.": the answer when nothing the caller may see has this id.
	 */
	public NotFound notFound() {
		return new NotFound(WHAT, value);
	}

	@Override
	public String toString() {
		return value;
	}

}
