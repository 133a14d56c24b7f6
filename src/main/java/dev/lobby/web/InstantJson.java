package dev.lobby.web;

import java.time.Instant;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

import dev.lobby.platform.AsciiDigits;

/**
 * Instants in JSON exactly as {@link Instant#toString} writes them (ISO-8601 in UTC, the
 * seconds always, a fraction in groups of three digits as needed), without a
 * {@code DateTimeFormatter}: formatting them was a third of the time Jackson spent
 * writing a member list (docs/performance.md). Years outside 0000–9999 take
 * {@link Instant#toString}.
 */
@JacksonComponent
class InstantJson extends ValueSerializer<Instant> {

	private static final long SECONDS_PER_DAY = 86_400;

	@Override
	public void serialize(Instant value, JsonGenerator json, SerializationContext context) {
		json.writeString(iso(value));
	}

	static String iso(Instant instant) {
		long days = Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY);
		int secondOfDay = (int) Math.floorMod(instant.getEpochSecond(), SECONDS_PER_DAY);
		// Days since 1970-01-01 to a civil date (proleptic Gregorian), counted in
		// 400-year
		// eras that start on 1 March, so that the leap day ends a year.
		long shifted = days + 719_468;
		long era = Math.floorDiv(shifted, 146_097);
		long dayOfEra = shifted - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long monthFromMarch = (5 * dayOfYear + 2) / 153;
		int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
		int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
		long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
		if (year < 0 || year > 9999) {
			return instant.toString();
		}
		StringBuilder text = new StringBuilder(30);
		AsciiDigits.append(text, (int) year, 4).append('-');
		AsciiDigits.append(text, month, 2).append('-');
		AsciiDigits.append(text, day, 2).append('T');
		AsciiDigits.append(text, secondOfDay / 3600, 2).append(':');
		AsciiDigits.append(text, secondOfDay / 60 % 60, 2).append(':');
		AsciiDigits.append(text, secondOfDay % 60, 2);
		int nanos = instant.getNano();
		if (nanos > 0) {
			text.append('.');
			if (nanos % 1_000_000 == 0) {
				AsciiDigits.append(text, nanos / 1_000_000, 3);
			}
			else if (nanos % 1000 == 0) {
				AsciiDigits.append(text, nanos / 1000, 6);
			}
			else {
				AsciiDigits.append(text, nanos, 9);
			}
		}
		return text.append('Z').toString();
	}

}
