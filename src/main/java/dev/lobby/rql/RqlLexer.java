package dev.lobby.rql;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits a raw query string on the structural characters {@code ( ) , & =} first and only
 * then percent-decodes each text run, so that {@code %2C} or {@code %28} inside a value
 * stay literal. {@code +} is always a literal plus (so {@code order=+x} and time zones
 * like {@code +01:00} work); a space must be written {@code %20}.
 */
final class RqlLexer {

	enum Kind {

		OPEN("'('"), CLOSE("')'"), COMMA("','"), AMPERSAND("'&'"), EQUALS("'='"), TEXT("a value"),
		END("the end of the query");

		final String description;

		Kind(String description) {
			this.description = description;
		}

	}

	/**
	 * @param text the decoded text of a TEXT token, the character itself otherwise
	 */
	record Token(Kind kind, String text, int position) {

		String describe() {
			return kind == Kind.TEXT ? RqlException.quote(text) : kind.description;
		}
	}

	private RqlLexer() {
	}

	static List<Token> tokenize(String raw) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < raw.length()) {
			Kind kind = structural(raw.charAt(i));
			if (kind != null) {
				tokens.add(new Token(kind, String.valueOf(raw.charAt(i)), i));
				i++;
				continue;
			}
			int end = i;
			while (end < raw.length() && structural(raw.charAt(end)) == null) {
				end++;
			}
			tokens.add(new Token(Kind.TEXT, decode(raw, i, end), i));
			i = end;
		}
		tokens.add(new Token(Kind.END, "", raw.length()));
		return tokens;
	}

	private static @Nullable Kind structural(char c) {
		return switch (c) {
			case '(' -> Kind.OPEN;
			case ')' -> Kind.CLOSE;
			case ',' -> Kind.COMMA;
			case '&' -> Kind.AMPERSAND;
			case '=' -> Kind.EQUALS;
			default -> null;
		};
	}

	static String decode(String raw, int start, int end) {
		StringBuilder out = new StringBuilder(end - start);
		int i = start;
		while (i < end) {
			if (raw.charAt(i) != '%') {
				out.append(raw.charAt(i++));
				continue;
			}
			// A run of %XX escapes is decoded together: one character may span several
			// bytes.
			int runStart = i;
			ByteBuffer bytes = ByteBuffer.allocate((end - i) / 3 + 1);
			while (i < end && raw.charAt(i) == '%') {
				int high = i + 2 < end ? hex(raw.charAt(i + 1)) : -1;
				int low = high < 0 ? -1 : hex(raw.charAt(i + 2));
				if (low < 0) {
					throw RqlException.at(i, "Malformed percent-encoding {at}; write a literal % as %25");
				}
				bytes.put((byte) (high * 16 + low));
				i += 3;
			}
			out.append(utf8(bytes.flip(), runStart));
		}
		String text = out.toString();
		rejectControlCharacters(text, start);
		return text;
	}

	private static int hex(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
	}

	private static String utf8(ByteBuffer bytes, int position) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw RqlException.at(position, "The percent-encoded text {at} is not valid UTF-8");
		}
	}

	// Databases refuse some of these (PostgreSQL: NUL in text); refusing them here keeps
	// that a 400.
	private static void rejectControlCharacters(String text, int position) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean loneSurrogate = Character.isHighSurrogate(c)
					? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
					: Character.isLowSurrogate(c);
			if (Character.isISOControl(c) || loneSurrogate) {
				throw RqlException.at(position, "The value {at} contains a control or invalid character");
			}
		}
	}

}
