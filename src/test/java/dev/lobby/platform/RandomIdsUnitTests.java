package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Ids have the specification's shape, in ASCII digits, on any machine: they go into URLs,
 * emails and the checks of {@link RandomIds#matches}.
 */
class RandomIdsUnitTests {

	@Test
	void anIdIsThePrefixAndBlocksOfFourAsciiDigitsWhateverTheDefaultLocale() {
		Locale before = Locale.getDefault();
		try {
			for (String tag : new String[] { "en-GB", "ar-EG", "hi-IN-u-nu-deva", "th-TH-u-nu-thai" }) {
				Locale.setDefault(Locale.forLanguageTag(tag));
				for (int i = 0; i < 200; i++) {
					String id = RandomIds.draw("AUSR", 3);
					assertThat(id).as(tag).matches("AUSR-[0-9]{4}-[0-9]{4}-[0-9]{4}");
					assertThat(RandomIds.matches(id, "AUSR", 3)).as(tag).isTrue();
				}
			}
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void blocksKeepTheirLeadingZerosAndUseEveryDigit() {
		Set<Character> firstDigits = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String id = RandomIds.draw("ACC", 2);
			assertThat(id).hasSize("ACC-1234-5678".length());
			firstDigits.add(id.charAt(4));
		}
		assertThat(firstDigits).as("the first digit of a block, 0 included").hasSize(10);
	}

}
