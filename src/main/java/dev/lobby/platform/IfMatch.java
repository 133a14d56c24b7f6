package dev.lobby.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic concurrency for integrators: objects carry their version as an {@code ETag}
 * ({@code "3"}); a change sent with {@code If-Match} applies only to that version.
 */
public record IfMatch(@Nullable Long version) {

	public static final IfMatch ANY = new IfMatch(null);

	private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

	/** The header's version; {@code *} or no header means "whatever is current". */
	public static IfMatch of(@Nullable String header) {
		if (header == null || header.isBlank() || header.strip().equals("*")) {
			return ANY;
		}
		Matcher tag = TAG.matcher(header);
		if (!tag.matches()) {
			throw new InvalidInput("If-Match",
					Sentence.untranslated("If-Match must be an ETag this API returned, like \"3\"."));
		}
		return new IfMatch(Long.parseLong(tag.group(1)));
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** Refuses the change when the object is no longer at the version the caller read. */
	public void check(long currentVersion, Sentence what, String id) {
		if (version != null && version != currentVersion) {
			throw new ChangedSinceRead(what, id);
		}
	}
}
