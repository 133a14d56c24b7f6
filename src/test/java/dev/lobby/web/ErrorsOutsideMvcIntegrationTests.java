package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.RawHttp;

/**
 * Requests refused before Spring MVC (by Tomcat, by Spring Security's firewall) still
 * answer like the rest of Lobby: a problem document under /public, the HTML error page
 * elsewhere, both with the security headers; and /error itself is not a page.
 */
class ErrorsOutsideMvcIntegrationTests extends LobbyIntegrationTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static void assertSecurityHeaders(RawHttp.Response response) {
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Cache-Control")).contains("no-store");
	}

	static void assertProblem(RawHttp.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("traceId").asString()).isNotBlank();
		assertSecurityHeaders(response);
	}

	static void assertErrorPage(RawHttp.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).contains("<html").doesNotContain("Apache Tomcat").doesNotContain("Exception");
		assertSecurityHeaders(response);
	}

	@Test
	void aHeaderTooLargeForTomcatIsAProblem() {
		RawHttp.Response response = RawHttp.send(port, "GET", "/public/v1/accounts/accounts",
				"X-Big: " + "a".repeat(9000));
		assertProblem(response, 400);
	}

	@Test
	void anOverlongRequestLineIsAProblem() {
		assertProblem(RawHttp.send(port, "GET", "/public/v1/accounts/" + "a".repeat(10_000)), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/public/v1/accounts/accounts%2Fx", "/public/v1/accounts/accounts%00",
			"/public/v1/a%2f..%2fb" })
	void aUrlTomcatCannotDecodeIsAProblem(String target) {
		assertProblem(RawHttp.send(port, "GET", target), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/public/v1/accounts;x/accounts", "/public//v1/accounts/accounts",
			"/public/v1/accounts/../accounts/accounts", "/public/v1/accounts/accounts/%2e%2e/x" })
	void aUrlTheFirewallRejectsIsAProblemWithSecurityHeaders(String target) {
		assertProblem(RawHttp.send(port, "GET", target), 400);
	}

	@Test
	void pagesGetTheHtmlErrorPageForTheSameRefusals() {
		assertErrorPage(RawHttp.send(port, "GET", "/invitations/x;y"), 400);
		assertErrorPage(RawHttp.send(port, "GET", "/invitations//x"), 400);
		assertErrorPage(RawHttp.send(port, "GET", "/invitations/x%2Fy"), 400);
		assertErrorPage(RawHttp.send(port, "GET", "/", "X-Big: " + "a".repeat(9000)), 400);
	}

	@Test
	void errorItselfIsNotFound() {
		RawHttp.Response response = RawHttp.send(port, "GET", "/error");
		assertErrorPage(response, 404);
		assertThat(response.body()).doesNotContain("999");
		assertErrorPage(RawHttp.send(port, "GET", "/error", "Accept: application/json"), 404);
	}

	@Test
	void pagesAnswerTheirOwnErrorsWithTheHtmlErrorPage() {
		RawHttp.Response unknown = RawHttp.send(port, "GET", "/invitations/123456789012.1.abc/extra");
		assertErrorPage(unknown, 404);
		assertThat(unknown.body()).doesNotContain("123456789012");
		assertThat(unknown.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertErrorPage(RawHttp.send(port, "PUT", "/invitations/123456789012.1.abc", "Content-Length: 0"), 403);
	}

}
