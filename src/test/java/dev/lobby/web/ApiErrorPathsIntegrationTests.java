package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Every way a request can go wrong under /public answers with a problem document, never
 * HTML or a stack trace.
 */
class ApiErrorPathsIntegrationTests extends LobbyIntegrationTestBase {

	static void assertProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(status);
		assertThat(response.at("/title")).isNotBlank();
		assertThat(response.at("/traceId")).isNotBlank();
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("<html");
	}

	@Test
	void unknownRouteIs404() {
		assertProblem(api(accounts.client("Acme")).get("/public/v1/nothing/here"), 404);
		assertProblem(anonymous().get("/public/v1/invitations/x/accept"), 405);
	}

	@Test
	void wrongMethodIs405() {
		TestAccount acme = accounts.client("Acme");
		assertProblem(api(acme).send("PATCH", acme.users(), Map.of()), 405);
	}

	@Test
	void aBodyThatIsNotJsonIs415() throws Exception {
		TestAccount acme = accounts.client("Acme");
		HttpResponse<String> response = raw(acme, HttpRequest.BodyPublishers.ofString("name=x"), "text/plain");
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aYamlBodyIs415AndCreatesNothing() throws Exception {
		TestAccount acme = accounts.client("Acme");
		String yaml = "name: Yaml team\nmodules:\n  - id: MOD-1002\n";
		for (String type : new String[] { "application/yaml", "application/x-yaml", "text/yaml", "application/xml" }) {
			HttpResponse<String> response = raw(acme, HttpRequest.BodyPublishers.ofString(yaml), type);
			assertThat(response.statusCode()).as(type).isEqualTo(415);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
		}
		assertThat(api(acme).get("/public/v1/accounts/user-groups").json().at("/$meta/pagination/total").asLong())
			.as("no group was created")
			.isEqualTo(1);
	}

	@Test
	void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
		TestAccount acme = accounts.client("Acme");
		String big = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
		HttpResponse<String> declared = raw(acme, HttpRequest.BodyPublishers.ofString(big), "application/json");
		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("Request body too large");
		HttpResponse<String> chunked = raw(acme,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())),
				"application/json");
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(api(acme).get("/public/v1/accounts/user-groups").json().at("/$meta/pagination/total").asLong())
			.as("nothing was created")
			.isEqualTo(1);
	}

	@Test
	void malformedJsonIs400() {
		TestAccount acme = accounts.client("Acme");
		assertProblem(api(acme).post("/public/v1/accounts/user-groups", "{\"name\": [unclosed"), 400);
		assertProblem(api(acme).post("/public/v1/accounts/user-groups", "{\"name\": 42, \"modules\": \"MOD-1001\"}"),
				400);
	}

	@Test
	void aCallerChosenCorrelationIdIsTheTraceId() {
		Api.Response response = anonymous().send("GET", "/public/v1/accounts/accounts", null,
				Map.of("X-Correlation-Id", "my-trace-42"));
		assertProblem(response, 401);
		assertThat(response.at("/traceId")).isEqualTo("my-trace-42");
		assertThat(response.header("X-Correlation-Id")).isEqualTo("my-trace-42");
	}

	private HttpResponse<String> raw(TestAccount account, HttpRequest.BodyPublisher body, String contentType)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/public/v1/accounts/user-groups"))
			.header("Authorization", "Bearer " + account.token())
			.header("Content-Type", contentType)
			.POST(body)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
