package dev.lobby.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.lobby.support.LobbyIntegrationTestBase;

/**
 * The "forgot password" pages as a person uses them: forms with CSRF protection, one
 * answer for every address.
 */
class PasswordResetPagesIntegrationTests extends LobbyIntegrationTestBase {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	static final Pattern RESET_LINK = Pattern
		.compile("http://lobby\\.test(/password-resets/[A-Za-z0-9]+\\.[A-Za-z0-9_-]{43})");

	/** A browser-like client: it keeps the session cookie that carries the CSRF token. */
	final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> submit(String path, String formPage, Map<String, String> fields) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		Matcher csrf = CSRF.matcher(formPage);
		if (csrf.find()) {
			all.put("_csrf", csrf.group(1));
		}
		String body = all.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aPersonResetsTheirPasswordThroughThePagesAndTheLinkThenStopsWorking() throws Exception {
		var acme = accounts.client("Acme");
		String email = uniqueEmail("paige");
		var created = api(acme).post(acme.users(), invite(email, "Paige", "Person", acme.administrators().id()));
		String emailed = emailedLinkFor(email, created.at("/invitation/url"));
		assertThat(anonymous()
			.post("/public/v1/invitations/" + codeOf(emailed) + "/accept",
					Map.of("firstName", "Paige", "lastName", "Person", "password", "Old!Passw0rd"))
			.status()).isEqualTo(200);

		HttpResponse<String> form = get("/password-resets");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().allValues("Set-Cookie")).as("an anonymous visit costs no server session")
			.noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION="));
		assertThat(form.body()).contains("Forgot your password?");
		HttpResponse<String> requested = submit("/password-resets", form.body(), Map.of("email", email));
		HttpResponse<String> nobody = submit("/password-resets", get("/password-resets").body(),
				Map.of("email", uniqueEmail("nobody")));
		assertThat(requested.statusCode()).isEqualTo(200);
		assertThat(requested.body()).contains("Check your email").isEqualTo(nobody.body());

		Matcher link = RESET_LINK.matcher(mailTo(email).get(mailTo(email).size() - 1).text());
		assertThat(link.find()).isTrue();
		HttpResponse<String> page = get(link.group(1));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");

		HttpResponse<String> withoutCsrf = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link.group(1)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("password=N3w%21Passw0rd&confirmation=N3w%21Passw0rd"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutCsrf.statusCode()).as("a form post without its CSRF token is refused").isEqualTo(403);

		HttpResponse<String> differ = submit(link.group(1), page.body(),
				Map.of("password", "N3w!Passw0rd", "confirmation", "Other!Passw0rd"));
		assertThat(differ.statusCode()).isEqualTo(400);
		assertThat(differ.body()).contains("The two passwords differ.");
		HttpResponse<String> changed = submit(link.group(1), differ.body(),
				Map.of("password", "N3w!Passw0rd", "confirmation", "N3w!Passw0rd", "firstName", "", "lastName", ""));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Your password was changed");
		assertThat(get(link.group(1)).statusCode()).as("the link works once").isEqualTo(410);

		var globex = accounts.client("Globex");
		var again = api(globex).post(globex.users(), invite(email, "Paige", "Person", globex.administrators().id()));
		var accepted = anonymous().post(
				"/public/v1/invitations/" + codeOf(emailedLinkFor(email, again.at("/invitation/url"))) + "/accept",
				Map.of("password", "N3w!Passw0rd"));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.at("/user/firstName")).as("empty name fields keep the names").isEqualTo("Paige");
	}

	@Test
	void theResetPageOfALoginNobodyRegisteredAsksForTheNamesAndSaysSo() throws Exception {
		var acme = accounts.client("Acme");
		String email = uniqueEmail("nora");
		api(acme).post(acme.users(), invite(email, "Typed", "ByAcme", acme.administrators().id()));
		HttpResponse<String> form = get("/password-resets");
		submit("/password-resets", form.body(), Map.of("email", email));
		Matcher link = RESET_LINK.matcher(mailTo(email).get(mailTo(email).size() - 1).text());
		assertThat(link.find()).isTrue();

		HttpResponse<String> page = get(link.group(1));
		assertThat(page.body()).contains("This sets up your login").doesNotContain("Optionally");
		HttpResponse<String> without = submit(link.group(1), page.body(),
				Map.of("password", "N3w!Passw0rd", "confirmation", "N3w!Passw0rd", "firstName", "", "lastName", ""));
		assertThat(without.statusCode()).isEqualTo(400);
		assertThat(without.body()).contains("Enter your first name").contains("This sets up your login");
		HttpResponse<String> named = submit(link.group(1), without.body(), Map.of("password", "N3w!Passw0rd",
				"confirmation", "N3w!Passw0rd", "firstName", "Nora", "lastName", "Own"));
		assertThat(named.statusCode()).isEqualTo(200);
		assertThat(named.body()).contains("Your password was changed");
	}

}
