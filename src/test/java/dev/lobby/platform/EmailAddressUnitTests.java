package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressUnitTests {

	@Test
	void identityIsCaseInsensitiveButTheTypedSpellingIsKept() {
		EmailAddress email = EmailAddress.of("  Sam.Smith@Example.COM ");
		assertThat(email.value()).isEqualTo("Sam.Smith@Example.COM");
		assertThat(email.key()).isEqualTo("sam.smith@example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "plain", "a@b", "a@@b.com", "a b@c.com", "sam@example.com\r\nBcc: x@evil.com",
			"sam@example.com\nX: y", "<sam@example.com>", "sam@exa mple.com", "sam@example.com,other@example.com" })
	void refusesWhatIsNotOneAddressWithoutControlCharacters(String input) {
		assertThatThrownBy(() -> EmailAddress.of(input)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("email"));
	}

	@Test
	void refusesOverlongAddresses() {
		assertThatThrownBy(() -> EmailAddress.of("a".repeat(250) + "@example.com")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void namesRefuseLineBreaks() {
		assertThatThrownBy(() -> PersonName.require("firstName", "first name", "Sam\r\nBcc: x@evil.com"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("line breaks");
		assertThat(PersonName.require("firstName", "first name", "  Zoë ")).isEqualTo("Zoë");
	}
}
