package dev.lobby.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser on Lobby's pages: its cookies (the page session's {@code SESSION}, the
 * visitor's {@code XSRF-TOKEN}), signed in once through the real sign-in form as a person
 * does (GET the form, POST it with its CSRF token), then acting in one chosen account.
 * The cookies are kept by hand, so one {@link Http} serves every client's browser (each
 * browser is driven by one client thread, which holds its connection).
 */
final class PageSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final Http http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private PageSession(Http http) {
		this.http = http;
	}

	/**
	 * Signs in with {@code email} and {@code password} through the form and chooses
	 * {@code accountId} to act in (the account menu's form), as a person's browser does.
	 */
	static PageSession signIn(Http http, String email, String password, String accountId) throws IOException {
		PageSession session = new PageSession(http);
		Http.Answer form = session.expect(200, session.get("/sign-in", Map.of()));
		session.expect(302, session.post("/sign-in",
				Map.of("email", email, "password", password, "_csrf", token(CSRF_FIELD, form))));
		if (!session.cookies.containsKey("SESSION")) {
			throw new IllegalStateException("the sign-in started no page session (no SESSION cookie)");
		}
		Http.Answer home = session.expect(200, session.get("/", Map.of()));
		session.expect(302, session.post("/account",
				Map.of("accountId", accountId, "next", "/settings/users", "_csrf", token(CSRF_META, home))));
		return session;
	}

	Http.Answer get(String path, Map<String, String> headers) throws IOException {
		return keepCookies(this.http.get(path, withCookies(headers)));
	}

	private Http.Answer post(String path, Map<String, String> fields) throws IOException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return keepCookies(
				this.http.post(path, withCookies(Map.of("Content-Type", "application/x-www-form-urlencoded")), body));
	}

	private Map<String, String> withCookies(Map<String, String> headers) {
		if (this.cookies.isEmpty()) {
			return headers;
		}
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Cookie",
				this.cookies.entrySet()
					.stream()
					.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
		return all;
	}

	/** Keeps what {@code Set-Cookie} sets; an emptied or expired cookie is dropped. */
	private Http.Answer keepCookies(Http.Answer response) {
		for (String header : response.setCookies()) {
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

	private Http.Answer expect(int status, Http.Answer response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(
					response.request() + " answered " + response.statusCode() + ", expected " + status);
		}
		return response;
	}

	private static String token(Pattern pattern, Http.Answer page) {
		Matcher found = pattern.matcher(page.body());
		if (!found.find()) {
			throw new IllegalStateException(page.request() + " carries no CSRF token");
		}
		return found.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
