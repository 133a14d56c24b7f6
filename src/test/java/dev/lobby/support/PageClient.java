package dev.lobby.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A browser without a browser: keeps cookies, sends forms with the CSRF token of the page
 * they came from, and follows no redirect (tests look at where it points).
 */
public final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public PageClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/**
	 * Posts a form with the CSRF token found in {@code formPage} (none if it has none).
	 */
	public HttpResponse<String> submit(String path, @Nullable String formPage, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (formPage != null) {
			Matcher csrf = CSRF.matcher(formPage);
			if (csrf.find()) {
				all.put("_csrf", csrf.group(1));
			}
		}
		String body = all.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Opens the front door and signs in there, as a person would. */
	public HttpResponse<String> signIn(String email, String password) {
		return submit("/sign-in", get("/").body(), Map.of("email", email, "password", password));
	}

	/** Where a redirect points, as a path of this site when it is one. */
	public Optional<String> location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.map(location -> location.startsWith(base) ? location.substring(base.length()) : location);
	}

	/** The value of the page session cookie, if the browser holds one. */
	public Optional<String> sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
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
