package dev.lobby.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

class PasswordUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "Str0ng!Pass", "aB3$aB3$", "Ünïcødé9!", "correct Horse 9 battery" })
	void acceptsPasswordsThatMeetThePolicy(String password) {
		assertThat(Password.shortcomings(password)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "aB3$aB3|Use at least 8 characters.", "STR0NG!PASS|Add a lower-case letter.",
					"str0ng!pass|Add an upper-case letter.", "Strong!Pass|Add a digit.",
					"Str0ngPass|Add a special character, like ! or #." })
	void namesWhatIsMissing(String password, String missing) {
		assertThat(Password.shortcomings(password)).map(Sentence::english).containsExactly(missing);
	}

	@ParameterizedTest
	@ValueSource(ints = { 129, 10_000 })
	void refusesOverlongPasswords(int length) {
		assertThat(Password.shortcomings("aB3$".repeat(length / 4 + 1))).map(Sentence::english)
			.contains("Use at most 128 characters.");
	}

	@Test
	void aMissingPasswordIsAFieldError() {
		assertThatThrownBy(() -> Password.of(null)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("password"));
	}

	@Test
	void aWeakPasswordIsRefusedWithEverythingItLacks() {
		assertThatThrownBy(() -> Password.of("short")).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors().get("password")).containsExactly(
					"Use at least 8 characters.", "Add an upper-case letter.", "Add a digit.",
					"Add a special character, like ! or #."));
	}

	@Test
	void anAcceptedPasswordNeverShowsItsSecret() {
		Password password = Password.of("Str0ng!Pass");
		assertThat(password.secret()).isEqualTo("Str0ng!Pass");
		assertThat(password.toString()).doesNotContain("Str0ng");
	}

}
