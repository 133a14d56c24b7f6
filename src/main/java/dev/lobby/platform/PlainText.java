package dev.lobby.platform;

/**
 * The one rule for short texts people type that end up in email subjects and headers
 * (names of people, accounts, groups, tokens): a single line a reader sees as written.
 * Control characters and line or paragraph separators would break a header or a line;
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the other
 * invisible format characters (zero-width space, byte order mark, soft hyphen, direction
 * marks) would make a name read differently from what it is, or two names look alike; a
 * lone surrogate is no character at all and breaks JSON readers and PostgreSQL alike. The
 * zero-width joiners that scripts need (U+200C, U+200D, e.g. in Persian names and emoji)
 * stay allowed.
 */
public final class PlainText {

	private PlainText() {
	}

	/** Whether the text holds a character a one-line name must not contain. */
	public static boolean hasUnsafeCharacter(String text) {
		return text.codePoints().anyMatch(PlainText::unsafe);
	}

	static boolean unsafe(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isISOControl(codePoint) || codePoint == '\u2028' || codePoint == '\u2029'
				|| type == Character.SURROGATE
				|| (type == Character.FORMAT && codePoint != '\u200C' && codePoint != '\u200D');
	}

}
