package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogRedactionUnitTests {

	static final String MAC = "Qx3vT0k9_zY-8aBcDeFgHiJkLmNoPqRsTuVwXyZ0123";
	static final String CODE = "258160502345.1." + MAC;

	@ParameterizedTest
	@ValueSource(
			strings = { "No mapping for GET /invitations/%s/", "No mapping for POST /public/v1/invitations/%s/accept/",
					"GET \"/invitations/%s?lang=en\", parameters={}", "path=/invitations//%s", "/INVITATIONS%%2F%s",
					"Invalid CSRF token found for http://localhost:8080/invitations/%s", "code %s seen", "mac %s seen",
					"/invitations/%s;jsessionid=1" })
	void masksEveryCodeAndLinkPath(String template) {
		String line = template.formatted(template.startsWith("mac") ? MAC : CODE);
		assertThat(LogRedaction.needed(line)).isTrue();
		assertThat(LogRedaction.redact(line)).doesNotContain(MAC)
			.doesNotContain(MAC.substring(0, 12))
			.contains("[redacted]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "No mapping for GET /password-resets/%s/x", "POST /public/v1/password-resets/%s/",
			"Invalid CSRF token found for http://localhost:8080/password-resets/%s" })
	void masksPasswordResetTokens(String template) {
		String line = template.formatted("0f3c9a1b2d4e5f60718293a4b5c6d7e8." + MAC.substring(0, 40) + "abc");
		assertThat(LogRedaction.needed(line)).isTrue();
		assertThat(LogRedaction.redact(line)).doesNotContain("0f3c9a1b2d4e")
			.doesNotContain(MAC.substring(0, 12))
			.contains("[redacted]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "truncated /invitations/258160502345.1.Qx3v", "258160502345.1.Qx3vT0k9" })
	void masksCodesCutShort(String line) {
		assertThat(LogRedaction.redact(line)).doesNotContain("Qx3v");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sent email #12 (invitation)", "GET /public/v1/accounts/accounts/ACC-1234-5678/users",
			"Started LobbyApplication in 4.2 seconds", "Email #3 failed on attempt 1, retry at 2026-11-26T09:00:10Z" })
	void leavesOrdinaryLinesAlone(String line) {
		assertThat(LogRedaction.needed(line)).isFalse();
		assertThat(LogRedaction.redact(line)).isEqualTo(line);
	}

}
