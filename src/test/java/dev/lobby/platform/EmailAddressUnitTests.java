package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressUnitTests {

	@Test
	void identityIsCaseInsensitiveButTheTypedSpellingIsKept() {
		EmailAddress email = EmailAddress.of("  Sam.Smith@Example.COM ");
		assertThat(email.value()).isEqualTo("Sam.Smith@Example.COM");
		assertThat(email.key()).isEqualTo("sam.smith@example.com");
		assertThat(email).isEqualTo(EmailAddress.of("Sam.Smith@Example.COM"))
			.isNotEqualTo(EmailAddress.of("sam.smith@example.com"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sam@example.com", "sam.smith+lobby@example.co.uk", "o'brien@example.ie",
			"a_b-c@sub.example.org", "x@xn--exmple-cua.com", "admin@lobby.localhost", "sam@lobby.test",
			"sam@initech.example", "SAM@EXAMPLE.COM", "a!#$%&*=?^`{|}~/b@example.com" })
	void acceptsOrdinaryAsciiAddresses(String input) {
		assertThat(EmailAddress.of(input).value()).isEqualTo(input);
		assertThat(EmailAddress.isDeliverable(input)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "plain", "a@b", "a@@b.com", "a b@c.com", "sam@example.com\r\nBcc: x@evil.com",
			"sam@example.com\nX: y", "<sam@example.com>", "sam@exa mple.com", "sam@example.com,other@example.com",
			// seen accepted, then failing eight times while the member looked Invited
			"a@b.test.", "a..b@b..test", "a..b@example.com", "a@b..test", ".sam@example.com", "sam.@example.com",
			"sam@-example.com", "sam@example-.com", "sam@exa_mple.com", "sam@example.c", "sam@example.invalid",
			"sam@example.notatld", "sam@localhost", "sam@intranet", "sam@127.0.0.1", "sam@[127.0.0.1]",
			"sam@[IPv6:::1]", "\"sam smith\"@example.com", "\"sam\\\"\r\nBcc: x\"@example.com", "sam@example.com.",
			"sam(comment)@example.com", "sam@example.com (Sam)", "Sam <sam@example.com>", "sam;x@example.com",
			"sam\\@example.com", "sam@example.com\u0000", "s\u0000am@example.com", "sam\t@example.com",
			"sam@exam\u007fple.com", "@example.com", "sam@", "@", "sam@.example.com", "sam@example..com" })
	void refusesWhatIsNotOneDeliverableAddress(String input) {
		assertRefused(input);
	}

	@ParameterizedTest
	@ValueSource(strings = { "šlice@example.com", "alice@exämple.com", "alice@例え.jp", "😀@example.com",
			"sam😀@example.com", "sam@example.com\u202e", "sam\u200b@example.com", "ａlice@example.com",
			"alice\u2028@example.com", "zoë@example.com", "sam@\u0435xample.com" })
	void refusesNonAsciiAddressesWithASentenceSayingWhy(String input) {
		assertRefused(input);
		assertThatThrownBy(() -> EmailAddress.of(input))
			.satisfies(e -> assertThat(((InvalidInput) e).errors().get("email")).singleElement()
				.asString()
				.contains("email address")
				.contains("ASCII"));
	}

	static Stream<String> overlong() {
		return Stream.of("a".repeat(65) + "@example.com", "a".repeat(200) + "@example.com",
				"a".repeat(250) + "@example.com", "a@" + "b".repeat(64) + ".com",
				"a@" + ("b".repeat(60) + ".").repeat(5) + "com");
	}

	@ParameterizedTest
	@MethodSource("overlong")
	void refusesOverlongAddressesAndParts(String input) {
		assertRefused(input);
	}

	@Test
	void acceptsTheLongestLegalParts() {
		assertThat(EmailAddress.isDeliverable("a".repeat(64) + "@example.com")).isTrue();
		assertThat(EmailAddress.isDeliverable("a@" + "b".repeat(63) + ".com")).isTrue();
	}

	@Test
	void aStoredAddressIsReadBackAsItIsButNotCalledDeliverable() {
		assertThat(EmailAddress.stored("šlice@example.com").value()).isEqualTo("šlice@example.com");
		assertThat(EmailAddress.isDeliverable("šlice@example.com")).isFalse();
		assertThat(EmailAddress.isDeliverable(null)).isFalse();
	}

	@Test
	void namesRefuseLineBreaks() {
		assertThatThrownBy(() -> Name.of(Name.FIRST_NAME, "Sam\r\nBcc: x@evil.com")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("line breaks");
		assertThat(Name.of(Name.FIRST_NAME, "  Zoë ").value()).isEqualTo("Zoë");
	}

	private static void assertRefused(String input) {
		assertThat(EmailAddress.isDeliverable(input.strip())).as(input).isFalse();
		assertThatThrownBy(() -> EmailAddress.of(input)).as(input)
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("email")
				.satisfies(errors -> assertThat(errors.get("email")).singleElement()
					.asString()
					.containsIgnoringCase("email")));
	}

}
