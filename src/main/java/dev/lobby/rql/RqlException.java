package dev.lobby.rql;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

/**
 * A query string that RQL refuses. The message names the offending token and its
 * character position in the raw (still percent-encoded) query string, counted from 0.
 */
public class RqlException extends InvalidInput {

	/** The message in English only: the query language is read by integrators. */
	public RqlException(String parameter, String message) {
		super(parameter, Sentence.untranslated(message));
	}

	static RqlException query(String message) {
		return new RqlException("query", message);
	}

	static RqlException at(int position, String message) {
		return query(message.replace("{at}", "at position " + position));
	}

	/**
	 * Quotes request text for a message; long or odd input is shortened so that an error
	 * never echoes kilobytes or control characters back.
	 */
	static String quote(String text) {
		StringBuilder out = new StringBuilder("'");
		int limit = Math.min(text.length(), 40);
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
		}
		return out.append(text.length() > limit ? "…'" : "'").toString();
	}

}
