package dev.lobby.rql;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the text of a value as the Java type of its field, with messages a caller can act
 * on.
 */
final class RqlValues {

	/**
	 * Four-digit years: Java reads up to ±999,999,999, PostgreSQL stores 4713 BC to
	 * 294276 AD, H2 more.
	 */
	private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final OffsetDateTime END = OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private RqlValues() {
	}

	static Object convert(RqlField field, String text, int position) {
		return switch (field.type()) {
			case STRING -> text;
			case ENUM -> enumValue(field, text, position);
			case INSTANT -> instant(field, text, position);
			case LONG -> number(field, text, position);
			case BOOLEAN -> bool(field, text, position);
		};
	}

	private static String enumValue(RqlField field, String text, int position) {
		if (!field.allowedValues().contains(text)) {
			throw refused(text, position, "is not a valid value for " + field.path() + "; use one of "
					+ String.join(", ", field.allowedValues().stream().sorted().toList()));
		}
		return text;
	}

	private static OffsetDateTime instant(RqlField field, String text, int position) {
		OffsetDateTime value;
		try {
			value = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw refused(text, position,
					"is not a valid date-time for " + field.path() + "; use ISO-8601 like 2026-11-26T10:00:00Z");
		}
		if (value.isBefore(EARLIEST) || !value.isBefore(END)) {
			throw refused(text, position, "is outside the dates " + field.path()
					+ " can be compared with; use a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z");
		}
		return value;
	}

	private static Long number(RqlField field, String text, int position) {
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw refused(text, position, "is not a whole number for " + field.path());
		}
	}

	private static Boolean bool(RqlField field, String text, int position) {
		if (text.equals("true") || text.equals("false")) {
			return Boolean.valueOf(text);
		}
		throw refused(text, position, "is not a valid value for " + field.path() + "; use true or false");
	}

	private static RqlException refused(String text, int position, String problem) {
		return RqlException.query(RqlException.quote(text) + " at position " + position + " " + problem);
	}

}
