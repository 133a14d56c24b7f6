package dev.lobby.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for Lobby's REST API, as an integrator's script would call it. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final @Nullable String token;

	public Api(int port, @Nullable String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	public Api as(@Nullable String otherToken) {
		return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
	}

	public record Response(int status, Map<String, List<String>> headers, String text) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public String at(String pointer) {
			return json().at(pointer).asString();
		}

		public @Nullable String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map(e -> e.getValue().get(0))
				.orElse(null);
		}
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, @Nullable Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, @Nullable Object body) {
		return send("PUT", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	public Response send(String method, String path, @Nullable Object body) {
		return send(method, path, body, Map.of());
	}

	public Response send(String method, String path, @Nullable Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		if (body != null) {
			String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
