package dev.lobby.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import tools.jackson.databind.JsonNode;

/**
 * Holds the OpenAPI description to what the API really does: every call below must hit a
 * documented operation with a documented status, successful bodies must carry exactly the
 * documented properties, errors must be problem documents, and every documented operation must
 * have been seen succeeding.
 */
class OpenApiIntegrationTests extends LobbyIntegrationTestBase {

	record Call(String method, String template, int status, Api.Response response) {
	}

	JsonNode doc;
	final List<Call> calls = new ArrayList<>();

	@BeforeEach
	void readDescription() {
		Api.Response response = anonymous().get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		doc = response.json();
	}

	Api.Response call(Api api, String method, String template, Map<String, String> vars, Object body) {
		String path = template;
		for (var v : vars.entrySet()) {
			path = path.replace("{" + v.getKey() + "}", v.getValue());
		}
		Api.Response response = api.send(method, path, body);
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
				Map.of("name", "Support", "modules", List.of(Map.of("id", "MOD-1005")))).at("/id");
		call(api, "GET", "/public/v1/accounts/user-groups", Map.of(), null);
		call(api, "GET", "/public/v1/accounts/user-groups/{groupId}", Map.of("groupId", groupId), null);
		call(api, "POST", users, acc, Map.of("user", Map.of("email", "bad")));
		Api.Response invited = call(api, "POST", users, acc, invite(uniqueEmail("sam"), "Sam", "Smith", acme.administrators().id()));
		Map<String, String> sam = Map.of("accountId", acme.id(), "accountUserId", invited.at("/id"));
		call(api, "GET", users, acc, null);
		call(api, "GET", member, sam, null);
		call(api, "POST", member + "/resend-invite", sam, null);
		call(api, "POST", member + "/copy-invite-link", sam, null);
		call(api, "POST", member + "/send-new-invite", sam, null);
		call(api, "POST", member + "/block", sam, null);
		call(api, "PUT", member + "/groups", sam, List.of(Map.of("id", groupId)));
		String code = invited.at("/invitation/url").substring(invited.at("/invitation/url").lastIndexOf('/') + 1);
		call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", Map.of("code", code), Map.of("password", "Str0ng!Pass"));
		call(anonymous(), "POST", "/public/v1/invitations/{code}/accept", Map.of("code", code),
				Map.of("firstName", "Sam", "lastName", "Smith", "password", "Str0ng!Pass"));
		call(anonymous(), "POST", "/public/v1/password-resets", Map.of(), Map.of("email", invited.at("/user/email")));
		call(anonymous(), "POST", "/public/v1/password-resets", Map.of(), Map.of("email", "not an address"));
		String resetMail = mailTo(invited.at("/user/email")).stream().map(mail -> mail.text())
			.filter(text -> text.contains("/password-resets/")).findFirst().orElseThrow();
		java.util.regex.Matcher reset = java.util.regex.Pattern.compile("/password-resets/(\\S+)").matcher(resetMail);
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
		Api.Response other = call(api, "POST", users, acc, invite(uniqueEmail("dee"), "Dee", "Cline", acme.administrators().id()));
		String otherCode = other.at("/invitation/url").substring(other.at("/invitation/url").lastIndexOf('/') + 1);
		call(anonymous(), "POST", "/public/v1/invitations/{code}/decline", Map.of("code", otherCode), null);
		clock.advance(java.time.Duration.ofDays(8));
		Api.Response expiring = call(api, "POST", users, acc, invite(uniqueEmail("eve"), "Eve", "X", acme.administrators().id()));
		clock.advance(java.time.Duration.ofDays(8));
		call(api, "POST", member + "/send-new-invite", Map.of("accountId", acme.id(), "accountUserId", expiring.at("/id")), null);
		String recordId = call(api, "GET", "/public/v1/audit/records", Map.of(), null).at("/data/0/id");
		call(api, "GET", "/public/v1/audit/records/{recordId}", Map.of("recordId", recordId), null);
		call(api, "GET", "/public/v1/audit/records/{recordId}", Map.of("recordId", "AUD-0000-0000-0000-0000"), null);
		call(api, "GET", "/public/v1/audit/records?eq(nosuchfield,1)", Map.of(), null);
		exerciseGroupsTokensAndAccounts(api);
		call(anonymous(), "GET", users, acc, null);

		Set<String> succeeded = new HashSet<>();
		for (Call call : calls) {
			JsonNode operation = doc.at("/paths/" + escape(call.template()) + "/" + call.method().toLowerCase());
			assertThat(operation.isMissingNode()).as("%s %s is documented", call.method(), call.template()).isFalse();
			JsonNode documented = operation.at("/responses/" + call.status());
			assertThat(documented.isMissingNode()).as("%s %s documents status %s", call.method(), call.template(), call.status())
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
		}
		Set<String> documentedOperations = new HashSet<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> documentedOperations.add(op.getKey() + " " + path.getKey())));
		assertThat(succeeded).as("every documented operation was seen succeeding").containsAll(documentedOperations);
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			assertThat(op.getValue().path("summary").asString("")).as("%s %s has a summary", op.getKey(), path.getKey())
				.isNotBlank();
			assertThat(op.getValue().path("tags").size()).as("%s %s has a tag", op.getKey(), path.getKey()).isEqualTo(1);
			JsonNode body = op.getValue().at("/requestBody/content/application~1json");
			if (!body.isMissingNode()) {
				assertThat(body.has("example")).as("%s %s has an example request", op.getKey(), path.getKey()).isTrue();
			}
			op.getValue().get("responses").properties().forEach(response -> response.getValue().path("content").propertyNames()
				.forEach(type -> assertThat(type).as("media type of %s %s", op.getKey(), path.getKey())
					.isIn("application/json", "application/problem+json")));
		}));
	}

	private void exerciseGroupsTokensAndAccounts(Api api) {
		String groups = "/public/v1/accounts/user-groups";
		String spare = call(api, "POST", groups, Map.of(), Map.of("name", "Spare", "modules", List.of(Map.of("id", "MOD-1002"))))
			.at("/id");
		Map<String, String> group = Map.of("groupId", spare);
		call(api, "PUT", groups + "/{groupId}", group, Map.of("name", "Spare parts", "modules", List.of(Map.of("id", "MOD-1004"))));
		call(api, "PUT", groups + "/{groupId}", group, Map.of("name", ""));
		call(api, "DELETE", groups + "/{groupId}", group, null);
		call(api, "DELETE", groups + "/{groupId}", group, null);

		String tokens = "/public/v1/accounts/api-tokens";
		Api.Response created = call(api, "POST", tokens, Map.of(), Map.of("name", "CI", "modules", List.of(Map.of("id", "MOD-1001"))));
		Map<String, String> token = Map.of("tokenId", created.at("/id"));
		call(api, "GET", tokens, Map.of(), null);
		call(api, "GET", tokens + "/{tokenId}", token, null);
		call(api, "POST", tokens + "/{tokenId}/disable", token, null);
		call(api, "POST", tokens + "/{tokenId}/enable", token, null);
		call(api, "DELETE", tokens + "/{tokenId}", token, null);
		call(api, "GET", tokens + "/{tokenId}", token, null);

		Api operator = api(accounts.create("Operator", dev.lobby.account.AccountType.Operations, java.util.Set.of("MOD-1001")));
		call(operator, "POST", "/public/v1/accounts/accounts", Map.of(), Map.of("name", "Initech", "administrator",
				Map.of("email", uniqueEmail("bill"), "firstName", "Bill", "lastName", "Lumbergh")));
		call(api, "POST", "/public/v1/accounts/accounts", Map.of(), Map.of("name", "Not allowed"));
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
