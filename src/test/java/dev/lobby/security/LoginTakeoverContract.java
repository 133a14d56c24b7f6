package dev.lobby.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.mail.CaughtEmail;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * An administrator of one account must not get hold of a person's login through the links
 * they hold, nor guess its password through another account's invitation
 * (docs/security.md). Runs on H2 and on PostgreSQL.
 */
abstract class LoginTakeoverContract extends LobbyIntegrationTestBase {

	static final String PERSONS_PASSWORD = "Real!Pers0n";
	static final String ATTACKERS_PASSWORD = "Att4cker!Pw";
	static final Pattern RESET_LINK = Pattern
		.compile("http://lobby\\.test/password-resets/([A-Za-z0-9]+\\.[A-Za-z0-9_-]{43})");

	@Autowired
	JdbcClient jdbc;

	record Invited(TestAccount account, String id, String email, String sharedUrl) {
	}

	/**
	 * Each test starts with no counted password attempts, whatever ran before on this
	 * database.
	 */
	@BeforeEach
	void forgetAttempts() {
		jdbc.sql("DELETE FROM sign_in_failures").update();
	}

	Invited invite(TestAccount account, String email, String firstName) {
		Api.Response created = api(account).post(account.users(),
				invite(email, firstName, "Typed", account.administrators().id()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new Invited(account, created.at("/id"), email, created.at("/invitation/url"));
	}

	Api.Response accept(String url, Map<String, String> body) {
		return anonymous().post("/public/v1/invitations/" + codeOf(url) + "/accept", body);
	}

	static Map<String, String> registration(String firstName, String password) {
		return Map.of("firstName", firstName, "lastName", "Person", "password", password);
	}

	String status(Invited invited) {
		return api(invited.account()).get(invited.account().users() + "/" + invited.id()).at("/status");
	}

	String resetToken(String email) {
		List<CaughtEmail> mails = mailTo(email);
		for (int i = mails.size() - 1; i >= 0; i--) {
			Matcher link = RESET_LINK.matcher(mails.get(i).text());
			if (link.find()) {
				return link.group(1);
			}
		}
		throw new AssertionError("No password reset email to " + email);
	}

	@Test
	void anotherAccountsAdministratorCannotTakeOverAnInviteesLogin() {
		String email = uniqueEmail("victim");
		Invited atAcme = invite(accounts.client("Acme"), email, "Vic");
		Invited atEvil = invite(accounts.client("Evil"), email, "Vic");

		// Evil's administrator registers the person's login through the link Evil's API
		// handed out ...
		assertThat(accept(atEvil.sharedUrl(), registration("Evil", ATTACKERS_PASSWORD)).status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT email_verified_at FROM users WHERE email_key = ?")
			.param(email.toLowerCase())
			.query(Timestamp.class)
			.optional()).as("a link an administrator could read proves no address").isEmpty();
		assertThat(mailTo(email)).as("the owner of the address is told, and told how to take the login back")
			.filteredOn(mail -> mail.subject().equals("A Lobby login was created for this address"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains(atEvil.account().account().name())
				.contains("http://lobby.test/password-resets")
				.doesNotContain("Evil Person"));

		// ... but cannot use that login on Acme's invitation, not even with Acme's own
		// link and the right password.
		Api.Response withPassword = accept(atAcme.sharedUrl(), Map.of("password", ATTACKERS_PASSWORD));
		assertThat(withPassword.status()).as(withPassword.text()).isEqualTo(403);
		assertThat(withPassword.at("/detail")).contains("invitation email sent to " + email);
		assertThat(status(atAcme)).isEqualTo("Invited");

		// The real person's registration through Acme's email does not overwrite the
		// login; it says what to do.
		String emailed = emailedLinkFor(email, atAcme.sharedUrl());
		Api.Response second = accept(emailed, registration("Vic", PERSONS_PASSWORD));
		assertThat(second.status()).as(second.text()).isEqualTo(409);
		assertThat(second.at("/detail")).contains("already has a Lobby login")
			.contains("sign in")
			.contains("reset the password");
		assertThat(status(atAcme)).isEqualTo("Invited");

		// The person gets the login back through the address, then accepts with their own
		// password.
		assertThat(anonymous().post("/public/v1/password-resets", Map.of("email", email.toUpperCase())).status())
			.isEqualTo(202);
		Api.Response reset = anonymous().post("/public/v1/password-resets/" + resetToken(email),
				Map.of("password", PERSONS_PASSWORD, "firstName", "Vic", "lastName", "Person"));
		assertThat(reset.status()).as(reset.text()).isEqualTo(204);
		Api.Response accepted = accept(emailed, Map.of("password", PERSONS_PASSWORD));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.at("/user/firstName")).isEqualTo("Vic");

		// The attacker's password is gone: it fails on the next invitation's emailed
		// link.
		Invited atGlobex = invite(accounts.client("Globex"), email, "Vic");
		assertThat(accept(emailedLink(email), Map.of("password", ATTACKERS_PASSWORD)).status()).isEqualTo(400);
		assertThat(status(atGlobex)).isEqualTo("Invited");
	}

	@Test
	void twoRegistrationsOfOneLoginAtOnceLetExactlyTheFirstWin() throws Exception {
		String email = uniqueEmail("raced");
		Invited atAcme = invite(accounts.client("Acme"), email, "Ray");
		Invited atGlobex = invite(accounts.client("Globex"), email, "Ray");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (Invited invited : List.of(atAcme, atGlobex)) {
			Callable<Api.Response> call = () -> {
				start.await();
				return accept(invited.sharedUrl(),
						registration(invited.account().account().name(), "Str0ng!" + invited.id()));
			};
			answers.add(pool.submit(call));
		}
		start.countDown();
		Api.Response first = answers.get(0).get();
		Api.Response second = answers.get(1).get();
		pool.shutdown();

		assertThat(List.of(first.status(), second.status())).as(first.text() + " / " + second.text())
			.containsExactlyInAnyOrder(200, 409);
		Invited winner = first.status() == 200 ? atAcme : atGlobex;
		Invited loser = first.status() == 200 ? atGlobex : atAcme;
		assertThat(status(winner)).isEqualTo("Active");
		assertThat(status(loser)).as("the refused registration changed nothing").isEqualTo("Invited");
		assertThat(jdbc.sql("SELECT first_name FROM users WHERE email_key = ?")
			.param(email.toLowerCase())
			.query(String.class)
			.single()).isEqualTo(winner.account().account().name());
	}

	/**
	 * An invitation page as its shared link shows it, less what differs between any two
	 * invitations: the address, the link's code and the visitor's CSRF token.
	 */
	String shownPage(Invited invited, String tail) {
		String code = codeOf(invited.sharedUrl());
		return anonymous().get("/invitations/" + code + tail)
			.text()
			.replace(invited.email(), "X")
			.replace(code, "CODE")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	@Test
	void anExistingLoginAcceptsOnlyThroughTheEmailedLinkAndNobodyLearnsWhetherALoginExists() {
		String registered = uniqueEmail("known");
		Invited first = invite(accounts.client("Acme"), registered, "Kim");
		assertThat(accept(emailedLink(registered), registration("Kim", PERSONS_PASSWORD)).status()).isEqualTo(200);
		TestAccount globex = accounts.client("Globex");
		assertThat(mailTo(registered)).as("registering through the emailed link proved the address: no warning")
			.noneMatch(mail -> mail.subject().contains("login was created"));
		Invited known = invite(globex, registered, "Kim");
		Invited unknown = invite(globex, uniqueEmail("nobody"), "Kim");

		Api.Response knownAnswer = accept(known.sharedUrl(), Map.of("password", PERSONS_PASSWORD));
		Api.Response unknownAnswer = accept(unknown.sharedUrl(), Map.of("password", PERSONS_PASSWORD));
		assertThat(knownAnswer.status()).isEqualTo(403);
		assertThat(unknownAnswer.status()).isEqualTo(403);
		assertThat(knownAnswer.at("/detail").replace(known.email(), "X"))
			.isEqualTo(unknownAnswer.at("/detail").replace(unknown.email(), "X"));

		for (String page : List.of("", "/accept", "/decline")) {
			assertThat(shownPage(known, page)).as("the page " + page).isEqualTo(shownPage(unknown, page));
		}

		assertThat(accept(emailedLink(registered), Map.of("password", PERSONS_PASSWORD)).status()).isEqualTo(200);
		assertThat(status(known)).isEqualTo("Active");
		assertThat(status(first)).isEqualTo("Active");
	}

	@Test
	void anAccountsAuditTrailNamesThePersonAsItTypedThemUntilTheyJoin() {
		String email = uniqueEmail("named");
		invite(accounts.client("Acme"), email, "Acmetyped");
		Invited atGlobex = invite(accounts.client("Globex"), email, "Globextyped");
		Api.Response joined = accept(emailedLinkFor(email, atGlobex.sharedUrl()),
				registration("Realname", PERSONS_PASSWORD));
		assertThat(joined.status()).as(joined.text()).isEqualTo(200);
		assertThat(auditOf(atGlobex.account(), atGlobex.id())).extracting(r -> r.at("/actor/name").asString())
			.as("Acme's spelling of the person never reaches Globex")
			.noneMatch(name -> name.contains("Acmetyped"))
			.contains("Realname Person");

		Invited atInitech = invite(accounts.client("Initech"), email, "Initechtyped");
		assertThat(accept(emailedLinkFor(email, atInitech.sharedUrl()), Map.of("password", "Wr0ng!Pass")).status())
			.isEqualTo(400);
		assertThat(auditOf(atInitech.account(), atInitech.id())).extracting(r -> r.at("/actor/name").asString())
			.as("before joining, the person is who Initech typed")
			.allMatch(name -> !name.contains("Realname"));
	}

	@Test
	void aResetOfALoginNobodyRegisteredAsksForThePersonsOwnNames() {
		String email = uniqueEmail("fresh");
		invite(accounts.client("Acme"), email, "Acmetyped");
		assertThat(anonymous().post("/public/v1/password-resets", Map.of("email", email)).status()).isEqualTo(202);
		String token = resetToken(email);

		Api.Response without = anonymous().post("/public/v1/password-resets/" + token,
				Map.of("password", PERSONS_PASSWORD));
		assertThat(without.status()).isEqualTo(400);
		assertThat(without.json().at("/errors/firstName").size()).isPositive();
		Api.Response named = anonymous().post("/public/v1/password-resets/" + token,
				Map.of("password", PERSONS_PASSWORD, "firstName", "Own", "lastName", "Name"));
		assertThat(named.status()).as(named.text()).isEqualTo(204);

		Invited atGlobex = invite(accounts.client("Globex"), email, "Globextyped");
		Api.Response joined = accept(emailedLinkFor(email, atGlobex.sharedUrl()), Map.of("password", PERSONS_PASSWORD));
		assertThat(joined.at("/user/firstName")).as("Acme's spelling never becomes the person's").isEqualTo("Own");
	}

	@Test
	void passwordGuessesAreLimitedPerUserAuditedAndThenPaused() {
		String email = uniqueEmail("guessed");
		invite(accounts.client("Acme"), email, "Gus");
		assertThat(accept(emailedLink(email), registration("Gus", PERSONS_PASSWORD)).status()).isEqualTo(200);
		Invited target = invite(accounts.client("Globex"), email, "Gus");
		String emailed = emailedLink(email);

		for (int i = 0; i < 5; i++) {
			Api.Response wrong = accept(emailed, Map.of("password", "Wr0ng!Guess" + i));
			assertThat(wrong.status()).as(wrong.text()).isEqualTo(400);
		}
		Api.Response paused = accept(emailed, Map.of("password", PERSONS_PASSWORD));
		assertThat(paused.status()).as("even the right password waits").isEqualTo(429);
		long retryAfter = Long.parseLong(paused.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 15 * 60L);
		assertThat(paused.at("/detail")).contains("Try again in 15 minutes");
		assertThat(status(target)).isEqualTo("Invited");

		List<String> failures = eventsOf(target.account(), target.id()).stream()
			.filter("lobby.invitation.password-rejected"::equals)
			.toList();
		assertThat(failures).hasSize(5);
		var record = auditOf(target.account(), target.id()).stream()
			.filter(r -> r.get("eventKey").asString().equals("lobby.invitation.password-rejected"))
			.findFirst()
			.orElseThrow();
		assertThat(record.at("/details/email").asString()).isEqualTo(email);
		assertThat(record.at("/request/ip").asString()).isNotBlank();

		clock.advance(Duration.ofSeconds(retryAfter));
		assertThat(accept(emailed, Map.of("password", PERSONS_PASSWORD)).status()).isEqualTo(200);
	}

	@Test
	void aBurstOfWrongPasswordsGetsNoMoreChecksThanTheLimitAndStarvesNothing() throws Exception {
		String email = uniqueEmail("burst");
		invite(accounts.client("Acme"), email, "Bo");
		assertThat(accept(emailedLink(email), registration("Bo", PERSONS_PASSWORD)).status()).isEqualTo(200);
		Invited target = invite(accounts.client("Globex"), email, "Bo");
		String emailed = emailedLinkFor(email, target.sharedUrl());
		int callers = 16;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			int caller = i;
			answers.add(pool.submit(() -> {
				start.await();
				return accept(emailed, Map.of("password", "Wr0ng!Burst" + caller));
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Api.Response> answer : answers) {
			statuses.add(answer.get().status());
		}
		pool.shutdown();

		assertThat(statuses).as("only refusals, no pool starvation: %s", statuses).allMatch(s -> s == 400 || s == 429);
		assertThat(statuses.stream().filter(s -> s == 400).count()).as("password checks made").isBetween(0L, 5L);
		assertThat(eventsOf(target.account(), target.id()).stream()
			.filter("lobby.invitation.password-rejected"::equals)
			.count()).isEqualTo(statuses.stream().filter(s -> s == 400).count());
	}

	@Test
	void passwordGuessesAreLimitedPerClientAddressAcrossUsers() {
		List<String> emailedLinks = new ArrayList<>();
		for (int user = 0; user < 5; user++) {
			String email = uniqueEmail("spray" + user);
			invite(accounts.client("Acme"), email, "Sue");
			assertThat(accept(emailedLink(email), registration("Sue", PERSONS_PASSWORD)).status()).isEqualTo(200);
			invite(accounts.client("Globex"), email, "Sue");
			emailedLinks.add(emailedLink(email));
		}
		int refused = 0;
		for (int attempt = 0; attempt < 20; attempt++) {
			Api.Response wrong = accept(emailedLinks.get(attempt % 5), Map.of("password", "Wr0ng!Spray" + attempt));
			assertThat(wrong.status()).as("attempt " + attempt + ": " + wrong.text()).isEqualTo(400);
		}
		for (String link : emailedLinks) {
			refused += accept(link, Map.of("password", PERSONS_PASSWORD)).status() == 429 ? 1 : 0;
		}
		assertThat(refused).as("20 failures from one address pause every user's checks from it").isEqualTo(5);
	}

	@Test
	void aPasswordResetAnswersTheSameForEveryAddressAndItsLinkWorksOnceWithinAnHour() {
		String email = uniqueEmail("forgot");
		invite(accounts.client("Acme"), email, "Fay");
		assertThat(accept(emailedLink(email), registration("Fay", PERSONS_PASSWORD)).status()).isEqualTo(200);
		String nobody = uniqueEmail("nobody");

		Api.Response known = anonymous().post("/public/v1/password-resets", Map.of("email", email));
		Api.Response unknown = anonymous().post("/public/v1/password-resets", Map.of("email", nobody));
		assertThat(known.status()).isEqualTo(202);
		assertThat(unknown.status()).isEqualTo(202);
		assertThat(known.text()).isEqualTo(unknown.text());
		assertThat(mailTo(nobody)).isEmpty();
		assertThat(anonymous().post("/public/v1/password-resets", Map.of("email", "not an address")).status())
			.isEqualTo(400);

		String token = resetToken(email);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE model LIKE ?")
			.param("%" + token.substring(token.indexOf('.') + 1) + "%")
			.query(Long.class)
			.single()).as("the outbox holds no working link").isZero();
		String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		assertThat(
				anonymous().post("/public/v1/password-resets/" + tampered, Map.of("password", "N3w!Password")).status())
			.as("a token Lobby did not sign is unknown")
			.isEqualTo(404);
		Api.Response weak = anonymous().post("/public/v1/password-resets/" + token, Map.of("password", "weak"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().at("/errors/password").size()).isPositive();

		assertThat(anonymous().post("/public/v1/password-resets/" + token, Map.of("password", "N3w!Password")).status())
			.isEqualTo(204);
		Api.Response reused = anonymous().post("/public/v1/password-resets/" + token,
				Map.of("password", "An0ther!Pass"));
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.at("/detail")).contains("expired or was already used");

		anonymous().post("/public/v1/password-resets", Map.of("email", email));
		String late = resetToken(email);
		clock.advance(Duration.ofMinutes(61));
		assertThat(anonymous().post("/public/v1/password-resets/" + late, Map.of("password", "An0ther!Pass")).status())
			.as("a reset link works for an hour")
			.isEqualTo(409);

		invite(accounts.client("Globex"), email, "Fay");
		assertThat(accept(emailedLink(email), Map.of("password", "N3w!Password")).status()).isEqualTo(200);
	}

}
