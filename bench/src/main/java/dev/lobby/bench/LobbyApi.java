package dev.lobby.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lobby's REST API as the load client calls it: one {@link HttpClient} (HTTP/1.1,
 * kept-alive connections) shared by every client thread, the bootstrap token of the
 * operator's account on every call. Measured calls only look at the status (and, for
 * invites, pick the link out of the body without parsing it), so the client stays light;
 * setup calls parse JSON.
 */
final class LobbyApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String token;

	LobbyApi(String base, String token) {
		this.base = base;
		this.token = token;
	}

	String base() {
		return this.base;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return this.http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A call without the token, as an invitee's browser or app makes it. */
	HttpResponse<String> postAnonymous(String path, String json) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A call that must answer {@code status}; its body as JSON. */
	JsonNode expect(int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + ", expected " + status + ": " + response.body());
		}
		return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + this.token);
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
	TestAccount createAccount(String name) throws IOException, InterruptedException {
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
