package dev.lobby.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;

/**
 * A token's name is shown in audit summaries and as the inviter of emails a token sends.
 */
class ApiTokenNameUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "CI\u202Eevil", "CI\u2067x", "CI\u2028job", "CI\u2029job", "CI\njob" })
	void refusesLineSeparatorsAndBidiControls(String name) {
		assertThatThrownBy(() -> Name.of(ApiTokenManagement.TOKEN_NAME, name)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nightly import", "Импорт", "導入" })
	void acceptsOrdinaryNames(String name) {
		assertThat(Name.of(ApiTokenManagement.TOKEN_NAME, name).value()).isEqualTo(name);
	}

	@Test
	void isRequiredAndAtMostAHundredCharacters() {
		assertThat(Name.of(ApiTokenManagement.TOKEN_NAME, "x".repeat(100)).value()).hasSize(100);
		assertThatThrownBy(() -> Name.of(ApiTokenManagement.TOKEN_NAME, "x".repeat(101)))
			.hasMessage("A token name has at most 100 characters and no line breaks, control characters,"
					+ " invisible characters or text-direction overrides.");
		assertThatThrownBy(() -> Name.of(ApiTokenManagement.TOKEN_NAME, null))
			.hasMessage("Enter a name for the token.");
	}

}
