package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Every instant reads in the API's JSON exactly as {@link Instant#toString} writes it, as
 * the API has always answered.
 */
class InstantJsonUnitTests {

	@Test
	void edgesOfDaysMonthsYearsAndFractionsReadAsInstantToStringWritesThem() {
		for (String text : List.of("1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2000-02-29T12:00:00Z",
				"1900-03-01T00:00:00.100Z", "2024-12-31T23:59:59.000001Z", "2026-11-26T10:00:00.123456Z",
				"2100-02-28T23:59:59.120Z", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00.000000001Z",
				"9999-12-31T23:59:59.999999Z", "1600-02-29T06:07:08.009Z")) {
			Instant instant = Instant.parse(text);
			assertThat(InstantJson.iso(instant)).isEqualTo(instant.toString()).isEqualTo(text);
		}
	}

	@Test
	void instantsOutsideFourDigitYearsReadAsInstantToStringWritesThemToo() {
		for (Instant instant : List.of(Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"),
				Instant.MIN, Instant.MAX)) {
			assertThat(InstantJson.iso(instant)).isEqualTo(instant.toString());
		}
	}

	@Test
	void aMillionRandomInstantsFromYear0000To9999ReadAsInstantToStringWritesThem() {
		SplittableRandom random = new SplittableRandom(20261203);
		long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
		long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 1_000_000; i++) {
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1000;
				default -> random.nextInt(1_000_000_000);
			};
			Instant instant = Instant.ofEpochSecond(random.nextLong(first, last + 1), nanos);
			assertThat(InstantJson.iso(instant)).isEqualTo(instant.toString());
		}
	}

}
