package dev.lobby.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser on Lobby's pages: its cookies (the page session's {@code SESSION}, the
 * visitor's {@code XSRF-TOKEN}), signed in once through the real sign-in form as a person
 * does (GET the form, POST it with its CSRF token), then acting in one chosen account.
 * The cookies are kept by hand, so one {@link HttpClient} serves every client's browser.
 */
final class PageSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private PageSession(HttpClient http, String base) {
		this.http = http;
		this.base = base;
	}

	/**
	 * Signs in with {@code email} and {@code password} through the form and chooses
	 * {@code accountId} to act in (the account menu's form), as a person's browser does.
	 */
	static PageSession signIn(HttpClient http, String base, String email, String password, String accountId)
			throws IOException, InterruptedException {
		PageSession session = new PageSession(http, base);
		HttpResponse<String> form = session.expect(200, session.get("/sign-in", Map.of()));
		session.expect(302, session.post("/sign-in",
				Map.of("email", email, "password", password, "_csrf", token(CSRF_FIELD, form))));
		if (!session.cookies.containsKey("SESSION")) {
			throw new IllegalStateException("the sign-in started no page session (no SESSION cookie)");
		}
		HttpResponse<String> home = session.expect(200, session.get("/", Map.of()));
		session.expect(302, session.post("/account",
				Map.of("accountId", accountId, "next", "/settings/users", "_csrf", token(CSRF_META, home))));
		return session;
	}

	HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).GET();
		headers.forEach(request::header);
		return keepCookies(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> post(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return keepCookies(this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	/** Keeps what {@code Set-Cookie} sets; an emptied or expired cookie is dropped. */
	private HttpResponse<String> keepCookies(HttpResponse<String> response) {
		List<String> set = response.headers().allValues("Set-Cookie");
		for (String header : set) {
			String pair = header.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String name = pair.substring(0, eq).trim();
			String value = pair.substring(eq + 1).trim();
			boolean expired = header.toLowerCase().contains("max-age=0");
			if (value.isEmpty() || expired) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

	private HttpResponse<String> expect(int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + ", expected " + status);
		}
		return response;
	}

	private static String token(Pattern pattern, HttpResponse<String> page) {
		Matcher found = pattern.matcher(page.body());
		if (!found.find()) {
			throw new IllegalStateException(page.request().uri() + " carries no CSRF token");
		}
		return found.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
