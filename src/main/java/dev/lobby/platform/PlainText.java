package dev.lobby.platform;

/**
 * The one rule for short texts people type that end up in email subjects and headers (names of
 * people, accounts, groups, tokens): a single line a reader sees as written. Control characters
 * and line or paragraph separators would break a header or a line; bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) would make a name read differently from what it is.
 * Joiners and marks that scripts need (e.g. U+200C in Persian names) stay allowed.
 */
public final class PlainText {

	private PlainText() {
	}

	/** Whether the text holds a character a one-line name must not contain. */
	public static boolean hasUnsafeCharacter(String text) {
		return text.codePoints().anyMatch(PlainText::unsafe);
	}

	static boolean unsafe(int codePoint) {
		return Character.isISOControl(codePoint) || codePoint == '\u2028' || codePoint == '\u2029'
				|| (codePoint >= '\u202A' && codePoint <= '\u202E') || (codePoint >= '\u2066' && codePoint <= '\u2069');
	}
}
