package dev.lobby.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.platform.InvalidInput;

/** An account's name goes into the subject of every invitation email: one plain line. */
class AccountNameUnitTests {

	@ParameterizedTest
	@ValueSource(
			strings = { "Acme\u202Egnp.exe", "Acme\u2066Corp", "Acme\u2028Bcc: x", "Acme\u2029Corp", "Acme\r\nCorp" })
	void refusesLineSeparatorsAndBidiControls(String name) {
		assertThatThrownBy(() -> AccountManagement.validName(name)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Acme", "Société Générale", "شركة" })
	void acceptsOrdinaryNames(String name) {
		assertThat(AccountManagement.validName(" " + name + " ")).isEqualTo(name);
	}

}
