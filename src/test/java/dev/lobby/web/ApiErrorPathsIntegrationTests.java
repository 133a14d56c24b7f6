package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

	/**
	 * A path spelled with escapes reaches the route its plain spelling does (the handler
	 * lookup compares plain paths with the routes' literal starts first; an escaped one
	 * is looked up as Spring does it), and the lookup in use is that one.
	 */
	@Test
	void aPathSpelledWithEscapesReachesTheSameRoute(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		TestAccount acme = accounts.client("Acme");
		String escaped = acme.users().replace("/accounts/accounts/", "/%61ccounts/accounts/");

		Api.Response plain = api(acme).get(acme.users());
		Api.Response spelled = api(acme).get(escaped);

		assertThat(plain.status()).isEqualTo(200);
		assertThat(spelled.status()).as(spelled.text()).isEqualTo(200);
		assertThat(spelled.at("/$meta/pagination/total")).isEqualTo(plain.at("/$meta/pagination/total"));
		assertThat(mapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
	}

	@Test
	void unknownRouteIs404() {
		assertProblem(api(accounts.client("Acme")).get("/public/v1/nothing/here"), 404);
		assertProblem(anonymous().get("/public/v1/invitations/x/accept"), 405);
	}

	/**
	 * An id in the path names nothing unless it is the id of something the caller sees:
	 * whatever its shape (wrong prefix, blank, a tab, padded with spaces), the answer is
	 * the same 404 naming the id as sent, never a 400 or a 500.
	 */
	@Test
	void aPathIdOfAnyShapeThatNamesNothingIs404NamingIt() {
		TestAccount acme = accounts.client("Acme");
		Map<String, String> shapes = Map.of("NOPE", "NOPE", "%20", " ", "%09", "\t", acme.id() + "%20", acme.id() + " ",
				"%20" + acme.id(), " " + acme.id());
		shapes.forEach((sent, id) -> {
			Map<String, String> paths = Map.of("/public/v1/accounts/accounts/" + sent, "Account",
					"/public/v1/accounts/accounts/" + sent + "/users", "Account", acme.users() + "/" + sent,
					"Account user", acme.users() + "/" + sent + "/block", "Account user",
					"/public/v1/accounts/user-groups/" + sent, "User group", "/public/v1/accounts/api-tokens/" + sent,
					"API token", "/public/v1/audit/records/" + sent, "Audit record");
			paths.forEach((path, what) -> {
				Api.Response response = path.endsWith("/block") ? api(acme).post(path, null) : api(acme).get(path);
				assertProblem(response, 404);
				assertThat(response.at("/detail")).as(path).isEqualTo(what + " " + id + " was not found.");
			});
		});
	}

	/**
	 * {@code account} names the account to act on; left blank it is the caller's own, and
	 * spaces around an id do not matter.
	 */
	@Test
	void aBlankAccountParameterIsTheCallersOwnAndSpacesAroundItDoNotMatter() {
		TestAccount acme = accounts.client("Acme");
		for (String account : List.of("%20", "%20" + acme.id() + "%20")) {
			Api.Response tokens = api(acme).get("/public/v1/accounts/api-tokens?account=" + account);
			assertThat(tokens.status()).as(tokens.text()).isEqualTo(200);
			assertThat(tokens.at("/data/0/account/id")).isEqualTo(acme.id());
			Api.Response group = api(acme).post("/public/v1/accounts/user-groups?account=" + account,
					Map.of("name", "Team " + account.length(), "modules", List.of(Map.of("id", "MOD-1002"))));
			assertThat(group.status()).as(group.text()).isEqualTo(201);
		}
		Api.Response token = api(acme).post("/public/v1/accounts/api-tokens",
				Map.of("name", "Script", "modules", List.of(Map.of("id", "MOD-1002")), "account", Map.of("id", " ")));
		assertThat(token.status()).as(token.text()).isEqualTo(201);
		assertThat(token.at("/account/id")).isEqualTo(acme.id());
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
