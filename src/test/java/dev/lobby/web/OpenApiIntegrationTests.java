package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lobby.account.AccountType;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Holds the OpenAPI description to what the API really does: every call below must hit a
 * documented operation with a documented status, successful bodies must carry exactly the
 * documented properties, errors must be problem documents, every documented operation
 * must have been seen succeeding, and every status documented for an operation must have
 * been provoked at least once (401, 403, 400 and 404 by requests derived from the
 * description itself; the rest by the scenarios below) unless {@link #NOT_PROVOKED} says
 * why it cannot be.
 */
class OpenApiIntegrationTests extends LobbyIntegrationTestBase {

	record Call(String method, String template, int status, Api.Response response) {
	}

	/**
	 * Documented statuses no test request can provoke, with the reason; "*" stands for
	 * every operation.
	 */
	static final Map<String, String> NOT_PROVOKED = Map.of("* 500",
			"answered only when the server itself fails (a bug, the database gone); no valid or invalid request causes it",
			"post /public/v1/accounts/accounts 409",
			"a new account has no state to conflict with: only two requests "
					+ "registering the same new administrator address at the same instant collide (a unique key); "
					+ "the suite does not race requests");

	/** Ids that exist nowhere, by path variable; anything else gets {@link #NOWHERE}. */
	static final Map<String, String> UNKNOWN_IDS = Map.of("accountId", "ACC-0000-0000", "accountUserId",
			"AUSR-0000-0000-0000", "groupId", "UGR-0000-0000", "tokenId", "TKN-0000-0000", "recordId",
			"AUD-0000-0000-0000-0000", "code", "AUSR-0000-0000-0000-g1-unknown");
	static final String NOWHERE = "NONE-0000-0000";

	JsonNode doc;

	final List<Call> calls = new ArrayList<>();

	@BeforeEach
	void readDescription() {
		Api.Response response = anonymous().get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		doc = response.json();
	}

	Api.Response call(Api api, String method, String template, Map<String, String> vars, Object body) {
		return call(api, method, template, vars, body, Map.of());
	}

	/**
	 * Calls the operation, filling path variables from {@code vars} or else with ids that
	 * exist nowhere.
	 */
	Api.Response call(Api api, String method, String template, Map<String, String> vars, Object body,
			Map<String, String> headers) {
		Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(template);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			variable.appendReplacement(path,
					Matcher.quoteReplacement(vars.getOrDefault(name, UNKNOWN_IDS.getOrDefault(name, NOWHERE))));
		}
		variable.appendTail(path);
		Api.Response response = api.send(method, path.toString(), body, headers);
		calls.add(new Call(method, template.split("\\?")[0], response.status(), response));
		return response;
	}

	@Test
	void theDescriptionMatchesTheRealResponses() {
		TestAccount acme = accounts.client("Acme");
		Api api = api(acme);
		Map<String, String> acc = Map.of("accountId", acme.id());
		String users = "/public/v1/accounts/accounts/{accountId}/users";
		String member = users + "/{accountUserId}";

		call(api, "GET", "/public/v1/accounts/accounts", Map.of(), null);
		call(api, "GET", "/public/v1/accounts/accounts/{accountId}", acc, null);
		call(api, "GET", "/public/v1/accounts/accounts/{accountId}", Map.of("accountId", "ACC-0000-0000"), null);
		call(api, "GET", "/public/v1/accounts/modules", Map.of(), null);
		String groupId = call(api, "POST", "/public/v1/accounts/user-groups", Map.of(),
				Map.of("name", "Support", "modules", List.of(Map.of("id", "MOD-1005"))))
			.at("/id");
		call(api, "GET", "/public/v1/accounts/user-groups", Map.of(), null);
		call(api, "GET", "/public/v1/accounts/user-groups/{groupId}", Map.of("groupId", groupId), null);
		call(api, "POST", users, acc, Map.of("user", Map.of("email", "bad")));
		Api.Response invited = call(api, "POST", users, acc,
				invite(uniqueEmail("sam"), "Sam", "Smith", acme.administrators().id()));
		Map<String, String> sam = Map.of("accountId", acme.id(), "accountUserId", invited.at("/id"));
		call(api, "GET", users, acc, null);
		call(api, "GET", member, sam, null);
		call(api, "POST", member + "/resend-invite", sam, null);
		call(api, "POST", member + "/copy-invite-link", sam, null);
		call(api, "POST", member + "/send-new-invite", sam, null);
		call(api, "POST", member + "/block", sam, null);
		call(api, "PUT", member + "/groups", sam, List.of(Map.of("id", groupId)));
		String code = invited.at("/invitation/url").substring(invited.at("/invitation/url").lastIndexOf('/') + 1);
		call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", Map.of("code", code),
				Map.of("password", "Str0ng!Pass"));
		call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", Map.of("code", code),
				Map.of("firstName", "Sam", "lastName", "Smith", "password", "Str0ng!Pass"));
		call(anonymous(), "POST", "/public/v1/password-resets", Map.of(), Map.of("email", invited.at("/user/email")));
		call(anonymous(), "POST", "/public/v1/password-resets", Map.of(), Map.of("email", "not an address"));
		String resetMail = mailTo(invited.at("/user/email")).stream()
			.map(mail -> mail.text())
			.filter(text -> text.contains("/password-resets/"))
			.findFirst()
			.orElseThrow();
		Matcher reset = Pattern.compile("/password-resets/(\\S+)").matcher(resetMail);
		assertThat(reset.find()).isTrue();
		call(anonymous(), "POST", "/public/v1/password-resets/{token}", Map.of("token", reset.group(1)),
				Map.of("password", "weak"));
		call(anonymous(), "POST", "/public/v1/password-resets/{token}", Map.of("token", reset.group(1)),
				Map.of("password", "N3w!Password"));
		call(anonymous(), "POST", "/public/v1/password-resets/{token}", Map.of("token", reset.group(1)),
				Map.of("password", "N3w!Password"));
		call(anonymous(), "POST", "/public/v1/invitations/{code}/decline", Map.of("code", code), null);
		call(api, "POST", member + "/block", sam, null);
		call(api, "POST", member + "/unblock", sam, null);
		call(api, "DELETE", member, sam, null);
		Api.Response other = call(api, "POST", users, acc,
				invite(uniqueEmail("dee"), "Dee", "Cline", acme.administrators().id()));
		String otherCode = other.at("/invitation/url").substring(other.at("/invitation/url").lastIndexOf('/') + 1);
		call(anonymous(), "POST", "/public/v1/invitations/{code}/decline", Map.of("code", otherCode), null);
		clock.advance(Duration.ofDays(8));
		Api.Response expiring = call(api, "POST", users, acc,
				invite(uniqueEmail("eve"), "Eve", "X", acme.administrators().id()));
		clock.advance(Duration.ofDays(8));
		call(api, "POST", member + "/send-new-invite",
				Map.of("accountId", acme.id(), "accountUserId", expiring.at("/id")), null);
		String recordId = call(api, "GET", "/public/v1/audit/records", Map.of(), null).at("/data/0/id");
		call(api, "GET", "/public/v1/audit/records/{recordId}", Map.of("recordId", recordId), null);
		call(api, "GET", "/public/v1/audit/records/{recordId}", Map.of("recordId", "AUD-0000-0000-0000-0000"), null);
		call(api, "GET", "/public/v1/audit/records?eq(nosuchfield,1)", Map.of(), null);
		exerciseGroupsTokensAndAccounts(api);
		call(anonymous(), "GET", users, acc, null);
		provokeRefusals(api, acme);
		provokeStaleVersions(api, acme);
		provokeRateLimits(accounts.client("Busy"));
		provokeFromTheDescription(acme);
		tryTheRqlExamples(api, acc);

		Set<String> succeeded = new HashSet<>();
		Set<String> observed = new HashSet<>();
		for (Call call : calls) {
			JsonNode operation = doc.at("/paths/" + escape(call.template()) + "/" + call.method().toLowerCase());
			assertThat(operation.isMissingNode()).as("%s %s is documented", call.method(), call.template()).isFalse();
			JsonNode documented = operation.at("/responses/" + call.status());
			assertThat(documented.isMissingNode())
				.as("%s %s documents status %s (%s)", call.method(), call.template(), call.status(),
						call.response().text())
				.isFalse();
			if (call.status() >= 400) {
				assertThat(call.response().header("Content-Type")).startsWith("application/problem+json");
				assertThat(documented.at("/content/application~1problem+json").isMissingNode()).isFalse();
			}
			else if (!call.response().text().isEmpty()) {
				assertMatchesSchema(call, documented);
			}
			if (call.status() < 300) {
				succeeded.add(call.method().toLowerCase() + " " + call.template());
			}
			observed.add(call.method().toLowerCase() + " " + call.template() + " " + call.status());
		}
		Set<String> documentedOperations = new HashSet<>();
		List<String> neverProvoked = new ArrayList<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			documentedOperations.add(op.getKey() + " " + path.getKey());
			op.getValue().get("responses").propertyNames().forEach(status -> {
				String pair = op.getKey() + " " + path.getKey() + " " + status;
				if (!observed.contains(pair) && !NOT_PROVOKED.containsKey(pair)
						&& !NOT_PROVOKED.containsKey("* " + status)) {
					neverProvoked.add(pair);
				}
			});
		}));
		assertThat(succeeded).as("every documented operation was seen succeeding").containsAll(documentedOperations);
		assertThat(neverProvoked)
			.as("documented statuses no request provoked (provoke them, or drop them from the "
					+ "description, or say in NOT_PROVOKED why they cannot be)")
			.isEmpty();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			assertThat(op.getValue().path("summary").asString("")).as("%s %s has a summary", op.getKey(), path.getKey())
				.isNotBlank();
			assertThat(op.getValue().path("tags").size()).as("%s %s has a tag", op.getKey(), path.getKey())
				.isEqualTo(1);
			JsonNode body = op.getValue().at("/requestBody/content/application~1json");
			if (!body.isMissingNode()) {
				assertThat(body.has("example")).as("%s %s has an example request", op.getKey(), path.getKey()).isTrue();
			}
			op.getValue()
				.get("responses")
				.properties()
				.forEach(response -> response.getValue()
					.path("content")
					.propertyNames()
					.forEach(type -> assertThat(type).as("media type of %s %s", op.getKey(), path.getKey())
						.isIn("application/json", "application/problem+json")));
		}));
	}

	/**
	 * The description as integrators' tools read it: a maintained parser (swagger-parser)
	 * finds nothing to report, and the rules Redocly's {@code recommended} set counts as
	 * errors hold (each check below names its rule), plus the 2xx/4xx and
	 * unused-component warnings. The warnings Lobby keeps are listed in docs/api.md.
	 */
	@Test
	void theDescriptionIsLintClean() throws Exception {
		String text = anonymous().get("/v3/api-docs").text();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
		assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
		assertThat(parsed.getOpenAPI()).isNotNull();

		List<String> refs = new ArrayList<>();
		collectRefs(doc, refs);
		assertThat(refs).as("no-unresolved-refs")
			.isNotEmpty()
			.allSatisfy(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse());
		Set<String> used = new HashSet<>();
		refs.forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1)));
		doc.at("/components/schemas").propertyNames().forEach(name -> {
			assertThat(name).as("spec-components-invalid-map-name").matches("[A-Za-z0-9._-]+");
			assertThat(used).as("no-unused-components: %s", name).contains(name);
		});

		assertThat(doc.at("/servers").size()).as("no-empty-servers").isEqualTo(1);
		assertThat(doc.at("/servers/0/url").asString()).as("the configured lobby.public-url, no trailing slash")
			.isEqualTo("http://lobby.test");
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher version = Pattern.compile("<artifactId>lobby</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
		assertThat(version.find()).isTrue();
		assertThat(doc.at("/info/version").asString()).as("the project's version").isEqualTo(version.group(1));

		Set<String> operationIds = new HashSet<>();
		Set<String> shapes = new HashSet<>();
		doc.get("paths").properties().forEach(path -> {
			assertThat(path.getKey()).as("no-path-trailing-slash").doesNotEndWith("/");
			assertThat(shapes.add(path.getKey().replaceAll("\\{[^}]+}", "{}")))
				.as("no-identical-paths: %s", path.getKey())
				.isTrue();
			Set<String> variables = new HashSet<>();
			Pattern.compile("\\{([^}]+)}").matcher(path.getKey()).results().forEach(m -> variables.add(m.group(1)));
			path.getValue().properties().forEach(op -> {
				String name = op.getKey() + " " + path.getKey();
				JsonNode operation = op.getValue();
				assertThat(operation.has("security")).as("security-defined: %s", name).isTrue();
				String operationId = operation.path("operationId").asString("");
				assertThat(operationId).as("operation-operationId-url-safe: %s", name).matches("[A-Za-z0-9._~-]+");
				assertThat(operationIds.add(operationId)).as("operation-operationId-unique: %s", name).isTrue();
				Set<String> declared = new HashSet<>();
				Set<String> parameters = new HashSet<>();
				operation.path("parameters").forEach(p -> {
					assertThat(parameters.add(p.get("in").asString() + " " + p.get("name").asString()))
						.as("operation-parameters-unique: %s", name)
						.isTrue();
					if (p.get("in").asString().equals("path")) {
						declared.add(p.get("name").asString());
					}
				});
				assertThat(declared).as("path-parameters-defined: %s", name).isEqualTo(variables);
				List<String> statuses = new ArrayList<>();
				operation.get("responses").propertyNames().forEach(statuses::add);
				assertThat(statuses).as("operation-2xx-response: %s", name).anyMatch(status -> status.startsWith("2"));
				assertThat(statuses).as("operation-4xx-response: %s", name).anyMatch(status -> status.startsWith("4"));
			});
		});
		for (String action : List.of("accept", "decline")) {
			JsonNode operation = doc.at("/paths/" + escape("/public/v1/invitations/{code}/" + action) + "/post");
			assertThat(operation.get("security").isArray() && operation.get("security").isEmpty())
				.as("%s needs no token: security: []", action)
				.isTrue();
		}
	}

	private static void collectRefs(JsonNode node, List<String> refs) {
		if (node.isObject()) {
			node.properties().forEach(field -> {
				if (field.getKey().equals("$ref")) {
					refs.add(field.getValue().asString());
				}
				else {
					collectRefs(field.getValue(), refs);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(item -> collectRefs(item, refs));
		}
	}

	/**
	 * For every documented operation, the refusals the description promises and that need
	 * nothing but the request: no token (401), a token without Account Management (403),
	 * ids that exist nowhere (404) and unreadable input (400: a broken body,
	 * {@code limit=abc}, a malformed header).
	 */
	private void provokeFromTheDescription(TestAccount acme) {
		Api limited = anonymous().as(accounts.tokenWithout(acme, "MOD-1002"));
		Map<String, String> ownAccount = Map.of("accountId", acme.id());
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			String method = entry.getKey().toUpperCase();
			String template = path.getKey();
			JsonNode op = entry.getValue();
			JsonNode example = op.at("/requestBody/content/application~1json/example");
			String body = example.isMissingNode() ? null : example.toString();
			JsonNode responses = op.get("responses");
			if (responses.has("401")) {
				call(anonymous(), method, template, Map.of(), body);
			}
			if (responses.has("403")) {
				call(limited, method, template, ownAccount, body);
			}
			if (responses.has("404") && template.contains("{")) {
				call(api(acme), method, template, Map.of(), body);
			}
			if (responses.has("400")) {
				provokeBadRequest(api(acme), method, template, op, body);
			}
		}));
	}

	private void provokeBadRequest(Api api, String method, String template, JsonNode op, String body) {
		List<String> parameters = new ArrayList<>();
		op.path("parameters").forEach(p -> parameters.add(p.get("in").asString() + " " + p.get("name").asString()));
		if (body != null) {
			call(api, method, template, Map.of(), "{\"broken\": ", Map.of());
		}
		else if (parameters.contains("query limit")) {
			call(api, method, template + "?limit=abc", Map.of(), null, Map.of());
		}
		else if (parameters.contains("header If-Match")) {
			call(api, method, template, Map.of(), null, Map.of("If-Match", "yesterday's"));
		}
		else if (parameters.contains("header Idempotency-Key")) {
			call(api, method, template, Map.of(), null, Map.of("Idempotency-Key", "two words"));
		}
	}

	/**
	 * Every RQL list accepts the query, order and select its description shows, and
	 * refuses a select it has none for.
	 */
	private void tryTheRqlExamples(Api api, Map<String, String> vars) {
		doc.get("paths").properties().forEach(path -> {
			JsonNode list = path.getValue().path("get");
			List<JsonNode> parameters = new ArrayList<>();
			list.path("parameters").forEach(parameters::add);
			parameters.stream().filter(p -> p.get("name").asString().equals("order")).forEach(order -> {
				String description = list.path("description").asString();
				String example = description.substring(description.indexOf("Example: `?") + "Example: `?".length());
				example = example.substring(0, example.indexOf('`'));
				for (String query : List.of(example, "order=" + order.at("/schema/example").asString())) {
					assertThat(call(api, "GET", path.getKey() + "?" + query, vars, null).status())
						.as("GET %s?%s, as documented", path.getKey(), query)
						.isEqualTo(200);
				}
				JsonNode select = parameters.stream()
					.filter(p -> p.get("name").asString().equals("select"))
					.findFirst()
					.orElse(null);
				if (select == null) {
					assertThat(call(api, "GET", path.getKey() + "?select=-id", vars, null).status())
						.as("GET %s refuses select, documenting none", path.getKey())
						.isEqualTo(400);
				}
				else {
					assertThat(call(api, "GET", path.getKey() + "?select=" + select.at("/schema/example").asString(),
							vars, null)
						.status()).as("GET %s accepts its documented select", path.getKey()).isEqualTo(200);
				}
			});
		});
	}

	private void exerciseGroupsTokensAndAccounts(Api api) {
		String groups = "/public/v1/accounts/user-groups";
		String spare = call(api, "POST", groups, Map.of(),
				Map.of("name", "Spare", "modules", List.of(Map.of("id", "MOD-1002"))))
			.at("/id");
		Map<String, String> group = Map.of("groupId", spare);
		call(api, "PUT", groups + "/{groupId}", group,
				Map.of("name", "Spare parts", "modules", List.of(Map.of("id", "MOD-1004"))));
		call(api, "PUT", groups + "/{groupId}", group, Map.of("name", ""));
		call(api, "DELETE", groups + "/{groupId}", group, null);
		call(api, "DELETE", groups + "/{groupId}", group, null);

		String tokens = "/public/v1/accounts/api-tokens";
		Api.Response created = call(api, "POST", tokens, Map.of(),
				Map.of("name", "CI", "modules", List.of(Map.of("id", "MOD-1001"))));
		Map<String, String> token = Map.of("tokenId", created.at("/id"));
		call(api, "GET", tokens, Map.of(), null);
		call(api, "GET", tokens + "/{tokenId}", token, null);
		call(api, "POST", tokens + "/{tokenId}/disable", token, null);
		call(api, "POST", tokens + "/{tokenId}/enable", token, null);
		call(api, "DELETE", tokens + "/{tokenId}", token, null);
		call(api, "GET", tokens + "/{tokenId}", token, null);

		Api operator = api(accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001")));
		call(operator, "POST", "/public/v1/accounts/accounts", Map.of(), Map.of("name", "Initech", "administrator",
				Map.of("email", uniqueEmail("bill"), "firstName", "Bill", "lastName", "Lumbergh")));
		call(api, "POST", "/public/v1/accounts/accounts", Map.of(), Map.of("name", "Not allowed"));

		String limit = "/public/v1/accounts/accounts/{accountId}/invitation-email-limit";
		Map<String, String> own = Map.of("accountId", api.get("/public/v1/accounts/accounts").at("/data/0/id"));
		call(api, "GET", limit, own, null);
		call(operator, "PUT", limit, own, Map.of("perHour", 5000));
		call(operator, "PUT", limit, own, Map.of("perHour", 0));
		call(api, "PUT", limit, own, Map.of("perHour", 5000));
		String account = "/public/v1/accounts/accounts/{accountId}";
		call(api, "PUT", account, own, Map.of("name", "Acme renamed", "locale", "de"));
		call(api, "PUT", account, own, Map.of("name", "", "locale", "xx"));
	}

	/**
	 * The refusals that need a state: rules (409), stale versions (412), reused keys
	 * (422), foreign accounts (404).
	 */
	private void provokeRefusals(Api api, TestAccount acme) {
		String users = "/public/v1/accounts/accounts/{accountId}/users";
		Map<String, String> acc = Map.of("accountId", acme.id());
		String email = uniqueEmail("kim");
		Map<String, Object> kim = invite(email, "Kim", "Lee", acme.administrators().id());
		String kimId = call(api, "POST", users, acc, kim).at("/id");
		call(api, "POST", users, acc, kim);
		Map<String, String> removed = Map.of("accountId", acme.id(), "accountUserId", kimId);
		call(api, "DELETE", users + "/{accountUserId}", removed, null);
		for (String action : List.of("resend-invite", "copy-invite-link", "send-new-invite", "block", "unblock")) {
			call(api, "POST", users + "/{accountUserId}/" + action, removed, null);
		}
		call(api, "PUT", users + "/{accountUserId}/groups", removed, List.of(Map.of("id", acme.administrators().id())));
		call(api, "DELETE", users + "/{accountUserId}", removed, null);

		String ann = uniqueEmail("ann");
		Api.Response joining = call(api, "POST", users, acc, invite(ann, "Ann", "Bell", acme.administrators().id()));
		Map<String, String> code = Map.of("code", codeOf(joining.at("/invitation/url")));
		Map<String, Object> registration = Map.of("firstName", "Ann", "lastName", "Bell", "password", "Str0ng!Pass");
		call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", code, registration);
		call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", code, registration);
		call(anonymous(), "POST", "/public/v1/invitations/{code}/decline", code, null);

		// Guessing Ann's password through another account's emailed link is paused after
		// five failures.
		TestAccount other = accounts.client("Elsewhere");
		Api.Response elsewhere = api(other).post("/public/v1/accounts/accounts/" + other.id() + "/users",
				invite(ann, "Ann", "Bell", other.administrators().id()));
		Map<String, String> emailed = Map.of("code", codeOf(emailedLinkFor(ann, elsewhere.at("/invitation/url"))));
		Api.Response guess;
		int guesses = 0;
		do {
			guess = call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", emailed,
					Map.of("password", "Wr0ng!Guess" + guesses));
		}
		while (guess.status() == 400 && ++guesses < 50);
		assertThat(guess.status()).as(guess.text()).isEqualTo(429);

		String groups = "/public/v1/accounts/user-groups";
		Map<String, Object> team = Map.of("name", "Team", "modules", List.of(Map.of("id", "MOD-1002")));
		Map<String, String> group = Map.of("groupId", call(api, "POST", groups, Map.of(), team).at("/id"));
		call(api, "POST", groups, Map.of(), team);
		call(api, "PUT", groups + "/{groupId}", Map.of("groupId", acme.administrators().id()), team);
		call(api, "DELETE", groups + "/{groupId}", Map.of("groupId", acme.administrators().id()), null);
		call(api, "PUT", groups + "/{groupId}", group, team, Map.of("If-Match", "\"999\""));
		call(api, "DELETE", groups + "/{groupId}", group, null, Map.of("If-Match", "\"999\""));

		String tokens = "/public/v1/accounts/api-tokens";
		Map<String, String> spare = Map.of("tokenId", call(api, "POST", tokens, Map.of(),
				Map.of("name", "Spare", "modules", List.of(Map.of("id", "MOD-1002"))))
			.at("/id"));
		call(api, "POST", tokens + "/{tokenId}/enable", spare, null);
		call(api, "POST", tokens + "/{tokenId}/disable", spare, null);
		call(api, "POST", tokens + "/{tokenId}/disable", spare, null);
		String self = call(api, "GET", tokens + "?eq(name,Test%20token)", Map.of(), null).at("/data/0/id");
		call(api, "DELETE", tokens + "/{tokenId}", Map.of("tokenId", self), null);
		call(api, "GET", tokens + "?account=ACC-0000-0000", Map.of(), null);
		call(api, "GET", groups + "?account=ACC-0000-0000", Map.of(), null);
		call(api, "POST", groups + "?account=ACC-0000-0000", Map.of(),
				Map.of("name", "Nowhere", "modules", List.of(Map.of("id", "MOD-1002"))));
		call(api, "GET", "/public/v1/audit/records?account=ACC-0000-0000", Map.of(), null);
		call(api, "POST", tokens, Map.of(), Map.of("name", "Elsewhere", "modules", List.of(Map.of("id", "MOD-1002")),
				"account", Map.of("id", "ACC-0000-0000")));

		String key = UUID.randomUUID().toString();
		call(api, "POST", users, acc, invite(uniqueEmail("ike"), "Ike", "One", acme.administrators().id()),
				Map.of("Idempotency-Key", key));
		call(api, "POST", users, acc, invite(uniqueEmail("ike"), "Ike", "Two", acme.administrators().id()),
				Map.of("Idempotency-Key", key));
		Api operator = api(accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001")));
		String accountKey = UUID.randomUUID().toString();
		for (String name : List.of("Hooli", "Hooli XYZ")) {
			call(operator, "POST", "/public/v1/accounts/accounts", Map.of(),
					Map.of("name", name, "administrator",
							Map.of("email", uniqueEmail("gavin"), "firstName", "Gavin", "lastName", "Belson")),
					Map.of("Idempotency-Key", accountKey));
		}
	}

	/**
	 * An account that sends too many invitation emails in an hour is told to wait (429),
	 * per member and in all.
	 */
	private void provokeRateLimits(TestAccount busy) {
		Api api = api(busy);
		String users = "/public/v1/accounts/accounts/{accountId}/users";
		Map<String, String> acc = Map.of("accountId", busy.id());
		Api operator = api(accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001")));
		assertThat(call(operator, "PUT", "/public/v1/accounts/accounts/{accountId}/invitation-email-limit", acc,
				Map.of("perHour", 20))
			.status()).isEqualTo(200);
		Map<String, String> expired = Map.of("accountId", busy.id(), "accountUserId",
				call(api, "POST", users, acc, invite(uniqueEmail("pat"), "Pat", "Late", busy.administrators().id()))
					.at("/id"));
		clock.advance(Duration.ofDays(8));
		Map<String, String> member = Map.of("accountId", busy.id(), "accountUserId",
				call(api, "POST", users, acc, invite(uniqueEmail("quinn"), "Quinn", "Busy", busy.administrators().id()))
					.at("/id"));
		Api.Response resent;
		do {
			resent = call(api, "POST", users + "/{accountUserId}/resend-invite", member, null);
		}
		while (resent.status() == 200);
		assertThat(resent.status()).as(resent.text()).isEqualTo(429);
		Api.Response invited;
		int attempts = 0;
		do {
			invited = api.post("/public/v1/accounts/accounts/" + busy.id() + "/users",
					invite(uniqueEmail("crowd"), "Crowd", "Member", busy.administrators().id()));
		}
		while (invited.status() == 201 && ++attempts < 100);
		calls.add(new Call("POST", users, invited.status(), invited));
		assertThat(invited.status()).as(invited.text()).isEqualTo(429);
		assertThat(call(api, "POST", users + "/{accountUserId}/send-new-invite", expired, null).status())
			.isEqualTo(429);
	}

	/**
	 * Every member operation that takes If-Match refuses a version that is not the
	 * member's (412).
	 */
	private void provokeStaleVersions(Api api, TestAccount acme) {
		String users = "/public/v1/accounts/accounts/{accountId}/users";
		Map<String, String> member = Map.of("accountId", acme.id(), "accountUserId",
				call(api, "POST", users, Map.of("accountId", acme.id()),
						invite(uniqueEmail("max"), "Max", "Stale", acme.administrators().id()))
					.at("/id"));
		Map<String, String> stale = Map.of("If-Match", "\"999\"");
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			List<String> parameters = new ArrayList<>();
			op.getValue().path("parameters").forEach(p -> parameters.add(p.get("name").asString()));
			if (path.getKey().startsWith(users + "/{accountUserId}") && parameters.contains("If-Match")) {
				JsonNode example = op.getValue().at("/requestBody/content/application~1json/example");
				call(api, op.getKey().toUpperCase(), path.getKey(), member,
						example.isMissingNode() ? null : example.toString(), stale);
			}
		}));
	}

	private void assertMatchesSchema(Call call, JsonNode documented) {
		JsonNode schema = resolve(documented.at("/content").properties().iterator().next().getValue().get("schema"));
		JsonNode body = call.response().json();
		if (body.isArray()) {
			schema = resolve(schema.get("items"));
			body = body.isEmpty() ? null : body.get(0);
		}
		if (body == null || schema == null || !schema.has("properties")) {
			return;
		}
		Set<String> properties = new HashSet<>();
		schema.get("properties").propertyNames().forEach(properties::add);
		Set<String> actual = new HashSet<>();
		body.propertyNames().forEach(actual::add);
		assertThat(properties).as("documented properties of %s %s", call.method(), call.template()).containsAll(actual);
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema != null && schema.has("$ref")) {
			return doc.at(schema.get("$ref").asString().substring(1));
		}
		return schema;
	}

	private static String escape(String path) {
		return path.replace("~", "~0").replace("/", "~1");
	}

}
