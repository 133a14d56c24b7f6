package dev.lobby.bench;

import java.io.IOException;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lobby's REST API as the load client calls it: {@link Http} (HTTP/1.1, one kept-alive
 * connection per client thread), the bootstrap token of the operator's account on every
 * call. Measured calls only look at the status (and, for invites, pick the link out of
 * the body without parsing it), so the client stays light; setup calls parse JSON.
 */
final class LobbyApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;

	private final String base;

	private final Map<String, String> authorized;

	private final Map<String, String> authorizedJson;

	private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

	LobbyApi(String base, String token) {
		this.http = new Http(base);
		this.base = base;
		this.authorized = Map.of("Authorization", "Bearer " + token);
		this.authorizedJson = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
	}

	String base() {
		return this.base;
	}

	Http.Answer get(String path) throws IOException {
		return this.http.get(path, this.authorized);
	}

	Http.Answer post(String path, String json) throws IOException {
		return this.http.post(path, this.authorizedJson, json);
	}

	/** A call without the token, as an invitee's browser or app makes it. */
	Http.Answer postAnonymous(String path, String json) throws IOException {
		return this.http.post(path, JSON_BODY, json);
	}

	/** A call that must answer {@code status}; its body as JSON. */
	JsonNode expect(int status, Http.Answer response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request() + " answered " + response.statusCode() + ", expected "
					+ status + ": " + response.body());
		}
		return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
	}

	/**
	 * A client account with its first administrator invited; its id and its two groups.
	 */
	record TestAccount(String id, String administrators, String support) {

		String users() {
			return "/public/v1/accounts/accounts/" + this.id + "/users";
		}

	}

	/**
	 * Creates a client account as an operator does (its Administrators group comes with
	 * it) and a second group, Support, in it.
	 */
	TestAccount createAccount(String name) throws IOException {
		String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		JsonNode account = expect(201,
				post("/public/v1/accounts/accounts", "{\"name\":\"" + name + "\",\"administrator\":{\"email\":\"admin-"
						+ slug + "@bench.example\",\"firstName\":\"Ada\",\"lastName\":\"Admin\"}}"));
		String id = account.at("/id").asString();
		JsonNode groups = expect(200, get("/public/v1/accounts/user-groups?account=" + id));
		String administrators = groups.at("/data/0/id").asString();
		JsonNode support = expect(201, post("/public/v1/accounts/user-groups?account=" + id,
				"{\"name\":\"Support\",\"description\":\"\",\"modules\":[{\"id\":\"MOD-1005\"}]}"));
		return new TestAccount(id, administrators, support.at("/id").asString());
	}

	/** The body of an invite for a new address into one group. */
	static String inviteBody(String email, String group) {
		return "{\"user\":{\"email\":\"" + email + "\",\"firstName\":\"Bench\",\"lastName\":\"Invitee\"},"
				+ "\"groups\":[{\"id\":\"" + group + "\"}]}";
	}

	/**
	 * The code of the invitation link in an invite's answer, found without parsing it.
	 */
	static String invitationCode(String body) {
		int url = body.indexOf("\"url\":\"");
		if (url < 0) {
			return null;
		}
		int end = body.indexOf('"', url + 7);
		String link = body.substring(url + 7, end);
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
