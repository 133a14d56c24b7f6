package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentence of a 429 names the wait that its Retry-After header gives, rounded up the
 * same way.
 */
class LimitReachedUnitTests {

	@ParameterizedTest(name = "{0} ms -> Retry-After {1}, \"{2}\"")
	@CsvSource(delimiter = '|', textBlock = """
			3600000 | 3600 | 60 minutes
			3599500 | 3600 | 60 minutes
			3600001 | 3601 | 61 minutes
			3001000 | 3001 | 51 minutes
			60000   | 60   | 1 minute
			59000   | 59   | 59 seconds
			1000    | 1    | 1 second
			300     | 1    | 1 second
			0       | 1    | 1 second
			-5000   | 1    | 1 second
			""")
	void theSentenceAndRetryAfterAgree(long millis, long header, String words) {
		LimitReached refused = LimitReached.tryAgainIn(Duration.ofMillis(millis),
				Sentence.untranslated("Sent too often."));

		assertThat(refused.retryAfterSeconds()).isEqualTo(header);
		assertThat(refused.getMessage()).isEqualTo("Sent too often. Try again in " + words + ".");
	}

}
