package dev.lobby.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.platform.InvalidInput;

/**
 * A token's name is shown in audit summaries and as the inviter of emails a token sends.
 */
class ApiTokenNameUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "CI\u202Eevil", "CI\u2067x", "CI\u2028job", "CI\u2029job", "CI\njob" })
	void refusesLineSeparatorsAndBidiControls(String name) {
		assertThatThrownBy(() -> ApiTokenManagement.validName(name)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nightly import", "Импорт", "導入" })
	void acceptsOrdinaryNames(String name) {
		assertThat(ApiTokenManagement.validName(name)).isEqualTo(name);
	}

}
