package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A sentence is a key and arguments: English for the REST API, the reader's language for
 * pages, with sentences as arguments resolved in the same language.
 */
public class SentenceUnitTests {

	/** As the application's message source reads the bundles (spring.messages.*). */
	public static ResourceBundleMessageSource pages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "mail/messages", Sentence.BUNDLE);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void aRefusalSaysItsSentenceInEnglishAndInTheReadersLanguage() {
		LimitReached paused = LimitReached.tryAgainIn(Duration.ofMinutes(5).plusSeconds(1),
				Sentence.of("invitation.account-limit", 2500));

		assertThat(paused.getMessage())
			.isEqualTo("This account already sent 2500 invitation emails in the last hour. Try again in 6 minutes.");
		assertThat(pages().getMessage(paused.sentence(), Locale.GERMAN)).isEqualTo(
				"Dieses Konto hat in der letzten Stunde bereits 2500 Einladungs-E-Mails gesendet. Versuchen Sie es in 6 Minuten erneut.");
		assertThat(pages().getMessage(
				LimitReached.tryAgainIn(Duration.ofSeconds(1), Sentence.of("sign-in.paused")).sentence(),
				Locale.GERMAN))
			.endsWith("Versuchen Sie es in 1 Sekunde erneut.");
	}

	@Test
	void aLanguageWithoutBundleFallsBackToEnglish() {
		Sentence sentence = Sentence.of("refused.not-found", Sentence.of("thing.group"), "GRP-1");

		assertThat(pages().getMessage(sentence, Locale.FRENCH)).isEqualTo("User group GRP-1 was not found.");
		assertThat(pages().getMessage(sentence, Locale.GERMAN)).isEqualTo("Benutzergruppe GRP-1 wurde nicht gefunden.");
	}

	@Test
	void apostrophesAndQuotesSurviveFormatting() {
		assertThat(Sentence.of("member.resend-expired", "Sam Smith").english())
			.isEqualTo("Sam Smith's invitation has expired, so it cannot be resent. Send a new invitation instead.");
		assertThat(Sentence.of("group.in-use", "Buyers", 1L).english()).startsWith("\"Buyers\" still has 1 member,");
		assertThat(pages().getMessage(Sentence.of("group.in-use", "Buyers", 3L), Locale.GERMAN))
			.startsWith("„Buyers“ hat noch 3 Mitglieder");
	}

	@Test
	void anUntranslatedSentenceIsItsEnglishEverywhere() {
		Sentence header = Sentence.untranslated("If-Match must be an ETag this API returned, like \"3\".");

		assertThat(header.english()).isEqualTo("If-Match must be an ETag this API returned, like \"3\".");
		assertThat(pages().getMessage(header, Locale.GERMAN)).isEqualTo(header.english());
	}

	@Test
	void invalidInputKeepsEachFieldsSentencesAndSaysThemInEnglishForTheApi() {
		InvalidInput invalid = new InvalidInput(
				Map.of("password", List.of(Sentence.of("password.too-short", 8), Sentence.of("password.digit"))));

		assertThat(invalid.errors())
			.containsExactly(Map.entry("password", List.of("Use at least 8 characters.", "Add a digit.")));
		assertThat(invalid.getMessage()).isEqualTo("Use at least 8 characters. Add a digit.");
		assertThat(pages().getMessage(invalid.sentences().get("password").get(0), Locale.GERMAN))
			.isEqualTo("Verwenden Sie mindestens 8 Zeichen.");
	}

	@Test
	void aMissingKeyNamesItselfRatherThanFailing() {
		assertThat(Sentence.of("no.such.key").english()).isEqualTo("no.such.key");
	}

}
