package dev.lobby.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;

/** An account's name goes into the subject of every invitation email: one plain line. */
class AccountNameUnitTests {

	@ParameterizedTest
	@ValueSource(
			strings = { "Acme\u202Egnp.exe", "Acme\u2066Corp", "Acme\u2028Bcc: x", "Acme\u2029Corp", "Acme\r\nCorp" })
	void refusesLineSeparatorsAndBidiControls(String name) {
		assertThatThrownBy(() -> Name.of(AccountManagement.ACCOUNT_NAME, name)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Acme", "Société Générale", "شركة" })
	void acceptsOrdinaryNames(String name) {
		assertThat(Name.of(AccountManagement.ACCOUNT_NAME, " " + name + " ").value()).isEqualTo(name);
	}

	@Test
	void isRequiredAndAtMostTwoHundredCharacters() {
		assertThat(Name.of(AccountManagement.ACCOUNT_NAME, "x".repeat(200)).value()).hasSize(200);
		assertThatThrownBy(() -> Name.of(AccountManagement.ACCOUNT_NAME, "x".repeat(201)))
			.hasMessage("An account name has at most 200 characters and no line breaks, control characters,"
					+ " invisible characters or text-direction overrides.");
		assertThatThrownBy(() -> Name.of(AccountManagement.ACCOUNT_NAME, " "))
			.hasMessage("Enter a name for the account.");
	}

}
