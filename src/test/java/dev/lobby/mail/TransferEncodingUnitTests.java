package dev.lobby.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The encoding chosen for a part is the one Jakarta Mail would have chosen itself, for
 * the emails Lobby sends and for any text.
 */
class TransferEncodingUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "Hello Ada,\r\n\r\nJoin Acme.\n", "Tab\tand\rCR alone", "Grüße aus Köln",
			"Привет, мир", "東京の会議", "emoji 🎉 in a line", "only 🎉🎉", "DEL \u007F here", "bell \u0007",
			"lone \uD800 surrogate", "\uDC00 low first", "mixed é" })
	void choosesWhatJakartaMailChooses(String text) throws Exception {
		assertThat(TransferEncoding.of(text)).isEqualTo(jakartaMails(text, "plain"))
			.isEqualTo(jakartaMails(text, "html"));
	}

	@Test
	void aLineLongerThan998BytesIsNotSevenBit() throws Exception {
		String longest = "a".repeat(998);
		String tooLong = "a".repeat(999);
		String longInBytes = "é".repeat(500);

		assertThat(TransferEncoding.of(longest)).isEqualTo("7bit").isEqualTo(jakartaMails(longest, "plain"));
		assertThat(TransferEncoding.of(tooLong)).isEqualTo("quoted-printable")
			.isEqualTo(jakartaMails(tooLong, "plain"));
		assertThat(TransferEncoding.of(longest + "\r\n" + longest)).isEqualTo("7bit");
		assertThat(TransferEncoding.of(longInBytes)).isEqualTo(jakartaMails(longInBytes, "plain"));
	}

	@Test
	void agreesOnRandomTexts() throws Exception {
		Random random = new Random(20261208);
		char[] alphabet = "aZ09 .,<>\"'&=\t\r\n\u0000\u001F\u007F\u0080éßЖ東\uD83C\uDF89\uD800\uDC00".toCharArray();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(random.nextInt(10) == 0 ? 2_500 : 120);
			// some texts mostly ASCII, some mostly not
			int asciiShare = random.nextInt(11);
			for (int c = 0; c < length; c++) {
				text.append(random.nextInt(10) < asciiShare ? alphabet[random.nextInt(13)]
						: alphabet[random.nextInt(alphabet.length)]);
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			assertThat(TransferEncoding.of(text)).as("%s", text).isEqualTo(jakartaMails(text, "plain"));
		}
	}

	private static String jakartaMails(String text, String subtype) throws Exception {
		return MimeUtility.getEncoding(new DataHandler(text, "text/" + subtype + "; charset=UTF-8"));
	}

}
