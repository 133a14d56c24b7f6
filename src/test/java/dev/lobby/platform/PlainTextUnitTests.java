package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that go into email subjects are one plain line that reads as written. */
class PlainTextUnitTests {

	/** Each hostile character inside an otherwise ordinary name. */
	@ParameterizedTest
	@ValueSource(strings = { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
			"\u2028", "\u2029", "\n", "\r", "\t", "\u0000", "\u0085", "\u007F", "\u200B", "\uFEFF", "\u00AD", "\u200E",
			"\u200F", "\u061C", "\uD800", "\uDC00" })
	void refusesControlCharactersSeparatorsAndBidiControls(String hostile) {
		String name = "Sam" + hostile + "Smith";
		assertThat(PlainText.hasUnsafeCharacter(name)).isTrue();
		assertThatThrownBy(() -> Name.of(Name.FIRST_NAME, name)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("text-direction overrides")
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("firstName"));
	}

	/**
	 * Letters of every script, emoji sequences and the joiners some scripts need stay
	 * allowed.
	 */
	@ParameterizedTest
	@ValueSource(
			strings = { "Zoë", "José María", "محمد", "שרה", "李小龙", "O'Brien-Smith", "می\u200Cخواهم", "👩\u200D💻 Kim" })
	void acceptsNamesOfEveryScript(String name) {
		assertThat(PlainText.hasUnsafeCharacter(name)).isFalse();
		assertThat(Name.of(Name.FIRST_NAME, name).value()).isEqualTo(name);
	}

}
