package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.lobby.platform.SentenceUnitTests;

/**
 * Every state a refusal can name, and every link problem, has its words in English and
 * German (their keys are completed at run time, so no source scan finds them).
 */
class StateSentencesUnitTests {

	@ParameterizedTest
	@EnumSource(Status.class)
	void everyStatusHasItsWords(Status status) {
		assertThat(status.label().english()).isNotEqualTo(status.label().key());
		assertThat(SentenceUnitTests.pages().getMessage(status.label(), Locale.GERMAN))
			.isNotEqualTo(status.label().english());
	}

	@ParameterizedTest
	@EnumSource(LinkState.class)
	void everyLinkStateHasItsSentence(LinkState state) {
		assertThat(state.sentence().english()).endsWith(".").isNotEqualTo(state.sentence().key());
		assertThat(SentenceUnitTests.pages().getMessage(state.sentence(), Locale.GERMAN))
			.isNotEqualTo(state.sentence().english());
	}

}
