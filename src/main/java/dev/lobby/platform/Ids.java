package dev.lobby.platform;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The one check every typed id makes of the text it wraps. No shape is checked: an id of
 * the wrong shape simply names nothing, and the service that looks it up answers "not
 * found" as for any unknown id.
 */
final class Ids {

	private Ids() {
	}

	/**
	 * The text, unless it is null (a bug of the caller) or blank. A blank id names
	 * nothing, so it is refused as {@link NotFound}, the answer of the service that would
	 * have looked it up: a blank path segment ({@code /user-groups/%20}) still answers
	 * 404.
	 */
	static String require(@Nullable String value, Sentence what) {
		Objects.requireNonNull(value, () -> what.english() + " id must not be null");
		if (value.isBlank()) {
			throw new NotFound(what, value);
		}
		return value;
	}

}
