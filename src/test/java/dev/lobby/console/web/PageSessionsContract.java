package dev.lobby.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PageClient;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople;
import dev.lobby.support.TestPeople.Person;

/**
 * Page sessions over plain HTTP, on each database: they live in the database, start only
 * at sign-in with a new id, end at sign-out or when the person may no longer sign in, and
 * every page carries the security headers and needs CSRF on its forms.
 */
abstract class PageSessionsContract extends LobbyIntegrationTestBase {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestPeople people;

	@BeforeEach
	void forgetAttempts() {
		jdbc.sql("DELETE FROM sign_in_failures").update();
	}

	long sessionsOf(String userId) {
		return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	String userIdOf(String email) {
		return jdbc.sql("SELECT id FROM users WHERE email_key = :key")
			.param("key", email.toLowerCase())
			.query(String.class)
			.single();
	}

	@Test
	void aVisitorCostsNoSessionAndSigningInStoresOneWithTheIdleTimeout() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");
		PageClient browser = new PageClient(port);

		HttpResponse<String> front = browser.get("/");
		assertThat(front.statusCode()).isEqualTo(200);
		assertThat(front.body()).contains("Sign in to Lobby");
		browser.get("/password-resets");
		assertThat(browser.sessionCookie()).as("a visitor holds no session").isEmpty();

		HttpResponse<String> signedIn = browser.signIn(alex.email(), alex.password());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(browser.location(signedIn)).hasValue("/");
		assertThat(browser.sessionCookie()).isPresent();
		String userId = userIdOf(alex.email());
		assertThat(sessionsOf(userId)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :user")
			.param("user", userId)
			.query(Integer.class)
			.single()).as("lobby.pages.session-idle-timeout, 30 minutes").isEqualTo(1800);
		assertThat(browser.get("/").body()).contains("Welcome, Alex Tester");
		assertThat(jdbc.sql("SELECT last_sign_in_at FROM users WHERE id = :id")
			.param("id", userId)
			.query(Timestamp.class)
			.single()).as("the sign-in is the members' last sign-in").isNotNull();
	}

	@Test
	void theSessionIdChangesAtSignInAndSigningOutEndsIt() {
		TestAccount acme = accounts.client("Acme");
		Person sam = people.member(this, acme, "Sam");
		PageClient browser = new PageClient(port);
		browser.signIn(sam.email(), sam.password());
		String first = browser.sessionCookie().orElseThrow();

		browser.signIn(sam.email(), sam.password());
		String second = browser.sessionCookie().orElseThrow();
		assertThat(second).isNotEqualTo(first);
		assertThat(sessionsOf(userIdOf(sam.email()))).as("the earlier session ended").isEqualTo(1);

		HttpResponse<String> home = browser.get("/");
		HttpResponse<String> out = browser.submit("/sign-out", home.body(), Map.of());
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(browser.location(out)).hasValue("/?signed-out");
		assertThat(sessionsOf(userIdOf(sam.email()))).isZero();
		assertThat(browser.location(browser.get("/settings"))).hasValue("/?next=%2Fsettings");
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() {
		TestAccount acme = accounts.client("Acme");
		Person sam = people.member(this, acme, "Sam");
		PageClient browser = new PageClient(port);
		browser.get("/");
		HttpResponse<String> forged = browser.submit("/sign-in", null,
				Map.of("email", sam.email(), "password", sam.password()));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(browser.sessionCookie()).isEmpty();

		browser.signIn(sam.email(), sam.password());
		assertThat(browser.submit("/sign-out", null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(browser.get("/").body()).as("still signed in").contains("Welcome, Sam Tester");
	}

	@Test
	void aPersonBlockedWhileSignedInIsSignedOutAtTheNextRequest() {
		TestAccount acme = accounts.client("Acme");
		Person bo = people.member(this, acme, "Bo");
		PageClient browser = new PageClient(port);
		browser.signIn(bo.email(), bo.password());
		assertThat(browser.get("/settings").statusCode()).isEqualTo(200);

		people.block(this, acme, bo);
		HttpResponse<String> after = browser.get("/settings");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(browser.location(after)).hasValue("/?next=%2Fsettings");
		assertThat(sessionsOf(userIdOf(bo.email()))).isZero();
	}

	@Test
	void anHtmxRequestOfAnEndedSessionIsToldToLoadTheFrontDoor() {
		HttpResponse<String> swap = new PageClient(port).get("/settings?tab=x", "HX-Request", "true");
		assertThat(swap.statusCode()).isEqualTo(401);
		assertThat(swap.headers().firstValue("HX-Redirect")).hasValue("/?next=%2Fsettings%3Ftab%3Dx");
	}

	@Test
	void signInSendsPeopleOnlyToPagesOfThisSite() {
		TestAccount acme = accounts.client("Acme");
		Person sam = people.member(this, acme, "Sam");
		for (String elsewhere : new String[] { "//evil.example/x", "/\\evil.example", "https://evil.example" }) {
			PageClient browser = new PageClient(port);
			HttpResponse<String> signedIn = browser.submit("/sign-in", browser.get("/").body(),
					Map.of("email", sam.email(), "password", sam.password(), "next", elsewhere));
			assertThat(browser.location(signedIn)).as(elsewhere).hasValue("/");
		}
		PageClient browser = new PageClient(port);
		HttpResponse<String> back = browser.submit("/sign-in", browser.get("/?next=/settings").body(),
				Map.of("email", sam.email(), "password", sam.password(), "next", "/settings"));
		assertThat(browser.location(back)).hasValue("/settings");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		HttpResponse<String> front = new PageClient(port).get("/");
		String policy = front.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self';").contains("frame-ancestors 'none'");
		assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
			.doesNotContain("unsafe-inline");
		assertThat(front.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(front.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> value.contains("no-store"));
		assertThat(front.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(front.body()).doesNotContain("<script>").doesNotContain(" onclick=");
	}

	@Test
	void theRestApiStaysStatelessWithItsTokens() {
		TestAccount acme = accounts.client("Acme");
		Api.Response listed = api(acme).get(acme.users());
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.header("Set-Cookie")).isNull();
	}

	@Test
	void anAddressWithoutALoginIsPausedJustLikeOneWithALogin() {
		TestAccount acme = accounts.client("Acme");
		Person sam = people.member(this, acme, "Sam");
		String nobody = "nobody-" + sam.email();
		for (String email : new String[] { sam.email(), nobody }) {
			PageClient browser = new PageClient(port);
			for (int attempt = 0; attempt < 5; attempt++) {
				assertThat(browser.signIn(email, "Wrong!Passw0rd").statusCode()).isEqualTo(400);
			}
			HttpResponse<String> paused = browser.signIn(email, "Wrong!Passw0rd");
			assertThat(paused.statusCode()).as(email).isEqualTo(429);
			assertThat(paused.headers().firstValue("Retry-After")).hasValue("900");
		}
	}

}
