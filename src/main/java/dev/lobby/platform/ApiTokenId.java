package dev.lobby.platform;

/**
 * The id of an API token ({@code TKN-1234-5678}), as the services take it: a typed id
 * cannot be passed where another kind of id is expected. It wraps the text as it arrived
 * (a path variable, a stored id) and checks no shape; blank text is refused as
 * {@link NotFound}.
 */
public record ApiTokenId(String value) {

	private static final Sentence WHAT = Sentence.of("thing.api-token");

	public ApiTokenId {
		Ids.require(value, WHAT);
	}

	public static ApiTokenId of(String value) {
		return new ApiTokenId(value);
	}

	/**
	 * "API token … was not found.": the answer when nothing the caller may see has this
	 * id.
	 */
	public NotFound notFound() {
		return new NotFound(WHAT, value);
	}

	@Override
	public String toString() {
		return value;
	}

}
