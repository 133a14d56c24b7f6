package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.account.AccountType;
import dev.lobby.idempotency.IdempotentRequests;
import dev.lobby.mail.CaughtEmail;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The invitation lifecycle through the REST API, as an integrator and an invitee meet it:
 * every transition, its email and its audit record. Runs on H2 and on PostgreSQL.
 */
abstract class InvitationLifecycleContract extends LobbyIntegrationTestBase {

	static final Duration WEEK = Duration.ofDays(7);
	static final String STRONG = "Str0ng!Pass";

	@Autowired
	IdempotentRequests idempotency;

	@Autowired
	JdbcClient jdbc;

	long keysStored(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM idempotent_requests WHERE idem_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	record Invited(TestAccount account, String id, String email, String url) {
	}

	Invited invited(TestAccount account, String name) {
		String email = uniqueEmail(name.toLowerCase());
		Api.Response created = api(account).post(account.users(),
				invite(email, name, "Smith", account.administrators().id()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new Invited(account, created.at("/id"), email, created.at("/invitation/url"));
	}

	Api.Response member(Invited invited) {
		return api(invited.account()).get(invited.account().users() + "/" + invited.id());
	}

	Api.Response action(Invited invited, String action) {
		return api(invited.account()).post(invited.account().users() + "/" + invited.id() + "/" + action, null);
	}

	Api.Response accept(String url, Object body) {
		return anonymous().post("/public/v1/invitations/" + codeOf(url) + "/accept", body);
	}

	Api.Response acceptAsNewUser(String url) {
		return accept(url, Map.of("firstName", "Sam", "lastName", "Smith", "password", STRONG));
	}

	@Test
	void invitingSendsAnEmailWithTheLinkItsExpiryAndWhoInvited() {
		TestAccount acme = accounts.client("Acme");
		Instant now = clock.instant();
		Api.Response created = api(acme).post(acme.users(),
				invite("Sam.Smith+" + now.toEpochMilli() + "@Example.com", "Sam", "Smith", acme.administrators().id()));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(created.at("/href"));
		assertThat(created.at("/status")).isEqualTo("Invited");
		assertThat(created.at("/invitation/status")).isEqualTo("Pending");
		assertThat(Instant.parse(created.at("/invitation/expiresAt"))).isEqualTo(now.plus(WEEK));
		assertThat(created.at("/invitation/url")).startsWith("http://lobby.test/invitations/");
		assertThat(created.at("/groups/0/name")).isEqualTo("Administrators");
		assertThat(created.at("/modules/0/name")).isEqualTo("Account Management");
		assertThat(created.at("/account/name")).isEqualTo(acme.account().name());

		List<CaughtEmail> mails = mailTo(created.at("/user/email"));
		assertThat(mails).hasSize(1);
		CaughtEmail mail = mails.get(0);
		assertThat(mail.subject()).contains(acme.account().name());
		assertThat(mail.text()).contains(day(now.plus(WEEK))).contains("An administrator of " + acme.account().name());
		String emailed = invitationLinkIn(mail);
		assertThat(invitationOf(emailed)).as("the email links to the same invitation")
			.isEqualTo(invitationOf(created.at("/invitation/url")));
		assertThat(emailed).as("the emailed link, which proves the address, is never shown to administrators")
			.isNotEqualTo(created.at("/invitation/url"));
		assertThat(mail.html()).contains(emailed).doesNotContain(created.at("/invitation/url"));
		assertThat(created.text()).doesNotContain(codeOf(emailed));
		var audit = auditOf(acme, created.at("/id"));
		assertThat(audit).singleElement().satisfies(record -> {
			assertThat(record.get("eventKey").asString()).isEqualTo("lobby.invitation.sent");
			assertThat(record.at("/actor/type").asString()).isEqualTo("API_TOKEN");
			assertThat(record.at("/request/ip").asString()).isNotBlank();
			assertThat(record.at("/request/correlationId").asString()).isNotBlank();
			assertThat(record.at("/request/userAgent").asString()).isNotBlank();
		});
	}

	@Test
	void resendSendsTheSameLinkAgainWithExpiryResetToSevenDays() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		clock.advance(Duration.ofDays(3));

		Api.Response resent = action(sam, "resend-invite");

		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.at("/invitation/url")).isEqualTo(sam.url());
		assertThat(Instant.parse(resent.at("/invitation/expiresAt"))).isEqualTo(clock.instant().plus(WEEK));
		List<CaughtEmail> mails = mailTo(sam.email());
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).text()).contains(invitationLinkIn(mails.get(0)))
			.contains(day(clock.instant().plus(WEEK)));
		assertThat(invitationOf(invitationLinkIn(mails.get(1)))).isEqualTo(invitationOf(sam.url()));
		assertThat(action(sam, "copy-invite-link").at("/url")).isEqualTo(sam.url());
		assertThat(mailTo(sam.email())).as("copying sends nothing").hasSize(2);
		assertThat(eventsOf(sam.account(), sam.id())).containsExactly("lobby.invitation.sent",
				"lobby.invitation.resent", "lobby.invitation.link-copied");
		// Still valid after the original seven days, because resending reset them.
		clock.advance(Duration.ofDays(5));
		assertThat(member(sam).at("/status")).isEqualTo("Invited");
	}

	@Test
	void anExpiredInvitationIsRenewedWithANewLinkAndTheOldOneDies() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		clock.advance(WEEK);

		Api.Response expired = member(sam);
		assertThat(expired.at("/status")).isEqualTo("InvitationExpired");
		assertThat(expired.at("/invitation/status")).isEqualTo("Expired");
		assertThat(expired.json().at("/invitation/url").isMissingNode()).isTrue();
		Api.Response resend = action(sam, "resend-invite");
		assertThat(resend.status()).isEqualTo(409);
		assertThat(resend.at("/detail")).contains("expired").contains("Send a new invitation");
		assertThat(action(sam, "copy-invite-link").status()).isEqualTo(409);
		Api.Response oldPage = anonymous().get("/invitations/" + codeOf(sam.url()));
		assertThat(oldPage.status()).isEqualTo(410);
		assertThat(oldPage.text()).contains("Ask your administrator to send a new invitation");
		assertThat(acceptAsNewUser(sam.url()).status()).isEqualTo(409);

		Api.Response renewed = action(sam, "send-new-invite");

		assertThat(renewed.status()).isEqualTo(200);
		assertThat(renewed.at("/status")).isEqualTo("Invited");
		String newUrl = renewed.at("/invitation/url");
		assertThat(newUrl).isNotEqualTo(sam.url());
		assertThat(Instant.parse(renewed.at("/invitation/expiresAt"))).isEqualTo(clock.instant().plus(WEEK));
		assertThat(mailTo(sam.email())).hasSize(2)
			.last()
			.satisfies(mail -> assertThat(invitationOf(invitationLinkIn(mail))).isEqualTo(invitationOf(newUrl)));
		assertThat(anonymous().get("/invitations/" + codeOf(sam.url())).text())
			.contains("replaced by a newer invitation");
		assertThat(acceptAsNewUser(sam.url()).status()).isEqualTo(409);
		assertThat(action(sam, "send-new-invite").status()).as("only for expired invitations").isEqualTo(409);
		assertThat(acceptAsNewUser(newUrl).status()).isEqualTo(200);
	}

	@Test
	void openingTheLinkShowsTheInvitationAndChangesNothing() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		for (int i = 0; i < 3; i++) {
			Api.Response page = anonymous().get("/invitations/" + codeOf(sam.url()));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.text()).contains(sam.account().account().name()).contains(sam.email());
		}
		assertThat(member(sam).at("/status")).isEqualTo("Invited");
		assertThat(eventsOf(sam.account(), sam.id())).containsExactly("lobby.invitation.sent");
		Api.Response unknown = anonymous()
			.get("/invitations/123412341234.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text()).contains("not valid");
	}

	@Test
	void acceptingAsANewUserSetsNamesAndPasswordAndActivatesTheMember() {
		Invited sam = invited(accounts.client("Acme"), "Sam");

		Api.Response weak = accept(sam.url(), Map.of("firstName", "Samuel", "lastName", "Smythe", "password", "weak"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().at("/errors/password").size()).isGreaterThanOrEqualTo(3);
		assertThat(member(sam).at("/status")).as("a refused accept changes nothing").isEqualTo("Invited");

		Api.Response accepted = accept(sam.url(),
				Map.of("firstName", "Samuel", "lastName", "Smythe", "password", STRONG));

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.at("/status")).isEqualTo("Active");
		assertThat(Instant.parse(accepted.at("/joinedAt"))).isEqualTo(clock.instant());
		Api.Response after = member(sam);
		assertThat(after.at("/user/firstName")).isEqualTo("Samuel");
		assertThat(after.at("/invitation/status")).isEqualTo("Accepted");
		Api.Response again = acceptAsNewUser(sam.url());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.at("/detail")).contains("already been accepted");
		assertThat(anonymous().get("/invitations/" + codeOf(sam.url())).text()).contains("already accepted");
		assertThat(eventsOf(sam.account(), sam.id())).containsExactly("lobby.invitation.sent",
				"lobby.invitation.accepted");
	}

	@Test
	void aUserWhoExistsElsewhereIsInvitedAsTheSameUserAndAcceptsWithTheirPassword() {
		Invited atAcme = invited(accounts.client("Acme"), "Sam");
		assertThat(acceptAsNewUser(atAcme.url()).status()).isEqualTo(200);
		TestAccount globex = accounts.client("Globex");

		Api.Response created = api(globex).post(globex.users(),
				invite(atAcme.email().toUpperCase(), "Other", "Spelling", globex.administrators().id()));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.at("/user/id")).isEqualTo(member(atAcme).at("/user/id"));
		assertThat(created.at("/user/firstName")).as("until they join, the names this account typed")
			.isEqualTo("Other");
		String url = emailedLink(atAcme.email());
		Api.Response wrong = accept(url, Map.of("password", "Wr0ng!Pass"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.at("/errors/password/0")).isEqualTo("The password is not correct.");
		assertThat(accept(url, Map.of("password", STRONG)).at("/status")).isEqualTo("Active");
		assertThat(api(globex).get(created.at("/href")).at("/user/firstName")).as("once joined, their own")
			.isEqualTo("Sam");
		assertThat(member(atAcme).at("/status")).as("other accounts are untouched").isEqualTo("Active");
	}

	@Test
	void aMemberAlreadyInTheAccountIsNotInvitedTwice() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		Api.Response twice = api(sam.account()).post(sam.account().users(),
				invite(sam.email().toUpperCase(), "Sam", "Smith", sam.account().administrators().id()));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.at("/detail")).contains("Sam Smith").contains(sam.id()).contains("already belongs");
		assertThat(api(sam.account()).get(sam.account().users()).json().at("/$meta/pagination/total").asLong())
			.isEqualTo(1);
	}

	@Test
	void badInputIsAClearErrorAndChangesNothing() {
		TestAccount acme = accounts.client("Acme");
		Api.Response bad = api(acme).post(acme.users(), Map.of("user",
				Map.of("email", "not-an-email", "firstName", "Sam\r\nBcc: evil@example.com"), "groups", List.of()));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").propertyNames()).contains("email", "firstName", "lastName", "groups");
		assertThat(bad.at("/traceId")).isNotBlank();
		Api.Response otherGroup = api(acme).post(acme.users(), invite(uniqueEmail("x"), "X", "Y", "UGR-0000-0000"));
		assertThat(otherGroup.status()).isEqualTo(400);
		assertThat(otherGroup.at("/errors/groups/0")).contains("UGR-0000-0000");
		Api.Response malformed = api(acme).post(acme.users(), "{\"user\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text()).doesNotContain("Exception").doesNotContain("at dev.lobby");
		assertThat(api(acme).get(acme.users()).json().at("/$meta/pagination/total").asLong()).isZero();
	}

	@Test
	void declineEndsTheMembershipAndTellsTheInviter() {
		TestAccount acme = accounts.client("Acme");
		Invited admin = invited(acme, "Alex");
		assertThat(acceptAsNewUser(admin.url()).status()).isEqualTo(200);
		Invited sam = invited(acme, "Sam");

		Api.Response declined = anonymous().post("/public/v1/invitations/" + codeOf(sam.url()) + "/decline", null);

		assertThat(declined.status()).isEqualTo(204);
		assertThat(member(sam).at("/status")).isEqualTo("Declined");
		Api.Response list = api(acme).get(acme.users());
		assertThat(list.json().at("/$meta/pagination/total").asLong()).as("gone from the list").isEqualTo(1);
		assertThat(mailTo(admin.email())).anySatisfy(mail -> {
			assertThat(mail.subject()).contains("declined");
			assertThat(mail.text()).contains(sam.email());
		});
		assertThat(eventsOf(acme, sam.id())).containsExactly("lobby.invitation.sent", "lobby.invitation.declined");
		assertThat(anonymous().get("/invitations/" + codeOf(sam.url())).text()).contains("declined");
		assertThat(acceptAsNewUser(sam.url()).status()).isEqualTo(409);
	}

	@Test
	void removingKillsThePendingLinkTellsThePersonAndAllowsANewInvitationLater() {
		Invited sam = invited(accounts.client("Acme"), "Sam");

		assertThat(api(sam.account()).delete(sam.account().users() + "/" + sam.id()).status()).isEqualTo(204);

		assertThat(member(sam).at("/status")).isEqualTo("Disabled");
		assertThat(member(sam).at("/invitation/status")).isEqualTo("Revoked");
		assertThat(api(sam.account()).get(sam.account().users()).json().at("/$meta/pagination/total").asLong())
			.isZero();
		Api.Response page = anonymous().get("/invitations/" + codeOf(sam.url()));
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.text()).contains("removed");
		assertThat(acceptAsNewUser(sam.url()).status()).isEqualTo(409);
		assertThat(mailTo(sam.email())).hasSize(2)
			.last()
			.satisfies(mail -> assertThat(mail.subject()).contains("removed"));
		assertThat(api(sam.account()).delete(sam.account().users() + "/" + sam.id()).status()).isEqualTo(409);

		Api.Response again = api(sam.account()).post(sam.account().users(),
				invite(sam.email(), "Sam", "Smith", sam.account().administrators().id()));
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.at("/id")).isNotEqualTo(sam.id());
		assertThat(again.at("/user/id")).isEqualTo(member(sam).at("/user/id"));
	}

	@Test
	void onlyActiveMembersAreBlockedAndOnlyBlockedOnesUnblocked() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		Api.Response early = action(sam, "block");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.at("/detail")).contains("Only an active member can be blocked");
		acceptAsNewUser(sam.url());

		assertThat(action(sam, "block").at("/status")).isEqualTo("Blocked");
		assertThat(action(sam, "block").status()).isEqualTo(409);
		assertThat(action(sam, "unblock").at("/status")).isEqualTo("Active");
		assertThat(action(sam, "unblock").status()).isEqualTo(409);
		assertThat(eventsOf(sam.account(), sam.id())).containsExactly("lobby.invitation.sent",
				"lobby.invitation.accepted", "lobby.account-user.blocked", "lobby.account-user.unblocked");
	}

	@Test
	void editingAMemberReplacesTheirGroupsButNeverLeavesNone() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		Api.Response group = api(sam.account()).post("/public/v1/accounts/user-groups", Map.of("name", "Billing team",
				"description", "Pays the bills", "modules", List.of(Map.of("id", "MOD-1003"))));
		assertThat(group.status()).as(group.text()).isEqualTo(201);
		String groups = sam.account().users() + "/" + sam.id() + "/groups";

		Api.Response changed = api(sam.account()).put(groups, List.of(Map.of("id", group.at("/id"))));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.at("/groups/0/name")).isEqualTo("Billing team");
		assertThat(changed.at("/modules/0/name")).isEqualTo("Billing");
		assertThat(changed.json().get("groups").size()).isEqualTo(1);
		assertThat(api(sam.account()).put(groups, List.of()).status()).isEqualTo(400);
		TestAccount other = accounts.client("Other");
		assertThat(api(sam.account()).put(groups, List.of(Map.of("id", other.administrators().id()))).status())
			.isEqualTo(400);
		assertThat(member(sam).at("/groups/0/name")).isEqualTo("Billing team");
		assertThat(eventsOf(sam.account(), sam.id())).contains("lobby.account-user.groups-changed");
	}

	@Test
	void anotherAccountsTokenFindsNothingAndChangesNothing() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		TestAccount intruder = accounts.client("Intruder");
		Api api = api(intruder);
		String viaTheirPath = sam.account().users() + "/" + sam.id();
		String viaOwnPath = intruder.users() + "/" + sam.id();

		for (String path : List.of(viaTheirPath, viaOwnPath)) {
			assertThat(api.get(path).status()).as(path).isEqualTo(404);
			assertThat(api.delete(path).status()).as(path).isEqualTo(404);
			assertThat(api.put(path + "/groups", List.of(Map.of("id", intruder.administrators().id()))).status())
				.isEqualTo(404);
			for (String action : List.of("resend-invite", "send-new-invite", "copy-invite-link", "block", "unblock")) {
				assertThat(api.post(path + "/" + action, null).status()).as(action).isEqualTo(404);
			}
		}
		assertThat(api.get(sam.account().users()).status()).isEqualTo(404);
		assertThat(
				api.post(sam.account().users(), invite(uniqueEmail("x"), "X", "Y", sam.account().administrators().id()))
					.status())
			.isEqualTo(404);
		assertThat(api.get("/public/v1/accounts/accounts/" + sam.account().id()).status()).isEqualTo(404);
		assertThat(api.get("/public/v1/accounts/user-groups/" + sam.account().administrators().id()).status())
			.isEqualTo(404);
		assertThat(member(sam).at("/status")).isEqualTo("Invited");
		assertThat(eventsOf(sam.account(), sam.id())).containsExactly("lobby.invitation.sent");
		assertThat(mailTo(sam.email())).hasSize(1);
	}

	@Test
	void callersNeedAValidTokenWithAccountManagement() {
		TestAccount acme = accounts.client("Acme");
		Api.Response none = anonymous().get(acme.users());
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(none.header("Content-Type")).startsWith("application/problem+json");
		assertThat(new Api(port, "lobby_not-a-real-token-0123456789").get(acme.users()).status()).isEqualTo(401);
		Api.Response limited = new Api(port, accounts.tokenWithout(acme, "MOD-1003")).get(acme.users());
		assertThat(limited.status()).isEqualTo(403);
		assertThat(limited.at("/detail")).contains("Account Management");
	}

	@Test
	void operatorTokensSeeEveryAccount() {
		TestAccount acme = accounts.client("Acme");
		TestAccount operator = accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001"));
		assertThat(api(operator).get("/public/v1/accounts/accounts/" + acme.id()).at("/name"))
			.isEqualTo(acme.account().name());
		assertThat(
				api(operator).get("/public/v1/accounts/accounts?limit=0").json().at("/$meta/pagination/total").asLong())
			.isGreaterThanOrEqualTo(2);
		assertThat(api(acme).get("/public/v1/accounts/accounts").json().at("/$meta/pagination/total").asLong())
			.isEqualTo(1);
	}

	@Test
	void resendsAreLimitedPerInvitationAndTheLimitSaysWhenToRetry() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(action(sam, "resend-invite").status()).isEqualTo(200);
		}
		Api.Response limited = action(sam, "resend-invite");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(limited.at("/detail")).contains("5 times in the last hour");
		assertThat(mailTo(sam.email())).hasSize(6);
		clock.advance(Duration.ofSeconds(Long.parseLong(limited.header("Retry-After"))));
		assertThat(action(sam, "resend-invite").status()).isEqualTo(200);
	}

	/**
	 * Five resends 30 s into a minute, the sixth a quarter second later: they count until
	 * 61 minutes after their minute began, 3629.75 s from then; the header rounds up to
	 * whole seconds, the sentence to whole minutes.
	 */
	@Test
	void theLimitsSentenceNamesTheWaitOfRetryAfter() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		clock.set(clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)).plusSeconds(30));
		for (int i = 0; i < 5; i++) {
			assertThat(action(sam, "resend-invite").status()).isEqualTo(200);
		}
		clock.advance(Duration.ofMillis(250));

		Api.Response limited = action(sam, "resend-invite");

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isEqualTo("3630");
		assertThat(limited.at("/detail")).endsWith(" Try again in 61 minutes.");
	}

	@Test
	void aRetriedInviteWithTheSameIdempotencyKeyInvitesOnce() {
		TestAccount acme = accounts.client("Acme");
		Object request = invite(uniqueEmail("idem"), "Ida", "Em", acme.administrators().id());
		Api.Response first = api(acme).send("POST", acme.users(), request, Map.of("Idempotency-Key", "invite-ida-1"));
		Api.Response retry = api(acme).send("POST", acme.users(), request, Map.of("Idempotency-Key", "invite-ida-1"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.at("/id")).isEqualTo(first.at("/id"));
		assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(api(acme).get(acme.users()).json().at("/$meta/pagination/total").asLong()).isEqualTo(1);
		assertThat(mailTo(first.at("/user/email"))).hasSize(1);
		Api.Response other = api(acme).send("POST", acme.users(),
				invite(uniqueEmail("other"), "O", "T", acme.administrators().id()),
				Map.of("Idempotency-Key", "invite-ida-1"));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.at("/detail")).contains("already used for a different request");
		TestAccount globex = accounts.client("Globex");
		assertThat(api(globex)
			.send("POST", globex.users(), invite(uniqueEmail("g"), "G", "H", globex.administrators().id()),
					Map.of("Idempotency-Key", "invite-ida-1"))
			.status()).as("keys are per caller").isEqualTo(201);
	}

	@Test
	void idempotencyKeysAreForgottenAfterADay() {
		TestAccount acme = accounts.client("Acme");
		Object request = invite(uniqueEmail("idem"), "Ida", "Em", acme.administrators().id());
		String key = "day-old-" + UUID.randomUUID();
		assertThat(api(acme).send("POST", acme.users(), request, Map.of("Idempotency-Key", key)).status())
			.isEqualTo(201);
		clock.advance(Duration.ofHours(23));
		idempotency.purgeExpired();
		assertThat(keysStored(key)).as("still within its day").isEqualTo(1);
		clock.advance(Duration.ofHours(2));
		idempotency.purgeExpired();
		assertThat(keysStored(key)).isZero();
		Api.Response retry = api(acme).send("POST", acme.users(), request, Map.of("Idempotency-Key", key));
		assertThat(retry.status()).as("a forgotten key no longer replays; the rule about members applies")
			.isEqualTo(409);
	}

	@Test
	void changesWithAnOutdatedETagAreRefusedWith412() {
		Invited sam = invited(accounts.client("Acme"), "Sam");
		Api.Response read = member(sam);
		String etag = read.header("ETag");
		assertThat(etag).matches("\"\\d+\"");
		clock.advance(Duration.ofMinutes(1));
		Api.Response resent = api(sam.account()).send("POST", sam.account().users() + "/" + sam.id() + "/resend-invite",
				null, Map.of("If-Match", etag));
		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.header("ETag")).isNotEqualTo(etag).isEqualTo(member(sam).header("ETag"));

		Api.Response stale = api(sam.account()).send("DELETE", sam.account().users() + "/" + sam.id(), null,
				Map.of("If-Match", etag));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.at("/detail")).contains("changed since you read it");
		assertThat(member(sam).at("/status")).isEqualTo("Invited");
		assertThat(api(sam.account())
			.send("DELETE", sam.account().users() + "/" + sam.id(), null, Map.of("If-Match", "not-an-etag"))
			.status()).isEqualTo(400);
		assertThat(api(sam.account())
			.send("DELETE", sam.account().users() + "/" + sam.id(), null, Map.of("If-Match", resent.header("ETag")))
			.status()).isEqualTo(204);
	}

	@Test
	void unknownRoutesAndMethodsAreProblemDocumentsToo() {
		TestAccount acme = accounts.client("Acme");
		Api.Response unknown = api(acme).get("/public/v1/no-such-thing");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		Api.Response method = api(acme).send("PATCH", acme.users(), null);
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.header("Content-Type")).startsWith("application/problem+json");
	}

}
