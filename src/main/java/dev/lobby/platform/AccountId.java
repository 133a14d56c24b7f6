package dev.lobby.platform;

import org.jspecify.annotations.Nullable;

/**
 * The id of an account ({@code ACC-1234-5678}), as the services take it: a typed id
 * cannot be passed where another kind of id is expected. It wraps the text as it arrived
 * (a path variable, a stored id) and checks no shape; blank text is refused as
 * {@link NotFound}.
 */
public record AccountId(String value) {

	private static final Sentence WHAT = Sentence.of("thing.account");

	public AccountId {
		Ids.require(value, WHAT);
	}

	public static AccountId of(String value) {
		return new AccountId(value);
	}

	/**
	 * The account a caller names where naming one is optional (the {@code account}
	 * parameter of a request): null when the text names none (null, empty or blank), so
	 * that the caller's own account applies ({@link AccountScope#accountFor}).
	 */
	public static @Nullable AccountId ofNullable(@Nullable String value) {
		return value == null || value.isBlank() ? null : new AccountId(value);
	}

	/**
	 * "Account … was not found.": the answer when nothing the caller may see has this id.
	 */
	public NotFound notFound() {
		return new NotFound(WHAT, value);
	}

	@Override
	public String toString() {
		return value;
	}

}
