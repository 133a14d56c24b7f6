package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * What an administrator learns about an invitee through the API: only the address and
 * names the account typed until the person joins (nothing about a login registered
 * elsewhere), where the invitation email stands, and a clear refusal of addresses the
 * mailer cannot send to as written. Runs on H2 and on PostgreSQL.
 */
abstract class InviteeDataContract extends LobbyIntegrationTestBase {

	static final String STRONG = "Str0ng!Pass";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Test
	void anInviteOfAnAddressWithALoginShowsOnlyWhatThisAccountTyped() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Api.Response atAcme = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		String acmeLink = atAcme.at("/invitation/url");
		Api.Response accepted = anonymous().post("/public/v1/invitations/" + codeOf(acmeLink) + "/accept",
				Map.of("firstName", "Samuel", "lastName", "Smythe", "password", STRONG));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		jdbc.sql("UPDATE users SET last_sign_in_at = ? WHERE id = ?")
			.params(OffsetDateTime.parse("2026-11-20T08:00:00Z"), atAcme.at("/user/id"))
			.update();
		assertThat(api(acme).get(atAcme.at("/href")).at("/user/firstName")).as("Acme's member joined: their own names")
			.isEqualTo("Samuel");
		assertThat(api(acme).get(atAcme.at("/href")).at("/lastSignInAt")).isEqualTo("2026-11-20T08:00:00Z");

		TestAccount globex = accounts.client("Globex");
		String typed = email.toUpperCase();
		Api.Response registered = api(globex).post(globex.users(),
				invite(typed, "Other", "Person", globex.administrators().id()));
		String freshEmail = uniqueEmail("kim").toUpperCase();
		Api.Response fresh = api(globex).post(globex.users(),
				invite(freshEmail, "Other", "Person", globex.administrators().id()));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		assertThat(fresh.status()).as(fresh.text()).isEqualTo(201);

		for (JsonNode member : List.of(registered.json(), api(globex).get(registered.at("/href")).json(),
				listed(globex, registered.at("/id")))) {
			assertThat(member.at("/user/email").asString()).isEqualTo(typed);
			assertThat(member.at("/user/firstName").asString()).isEqualTo("Other");
			assertThat(member.at("/user/lastName").asString()).isEqualTo("Person");
			assertThat(member.get("lastSignInAt").isNull()).as("whether they ever signed in is not Globex's to know")
				.isTrue();
			assertThat(member.toString()).doesNotContain("Samuel")
				.doesNotContain("Smythe")
				.doesNotContain("Sam\"")
				.doesNotContain(email)
				.doesNotContain("2026-11-20");
		}
		// Nothing tells the two apart but what Globex typed itself (and the random ids
		// and link).
		assertThat(normalized(registered.json(), typed)).isEqualTo(normalized(fresh.json(), freshEmail));
		assertThat(normalized(api(globex).get(registered.at("/href")).json(), typed))
			.isEqualTo(normalized(api(globex).get(fresh.at("/href")).json(), freshEmail));

		// RQL filters and sorts on the same names the members show.
		assertThat(ids(api(globex).get(globex.users() + "?eq(user.firstName,Other)&eq(user.lastName,Person)")))
			.containsExactlyInAnyOrder(registered.at("/id"), fresh.at("/id"));
		assertThat(ids(api(globex).get(globex.users() + "?eq(user.firstName,Samuel)"))).isEmpty();
		assertThat(ids(api(globex).get(globex.users() + "?eq(user.lastName,Smythe)"))).isEmpty();
		assertThat(ids(api(globex).get(globex.users() + "?ne(lastSignInAt,null())"))).isEmpty();
		assertThat(ids(api(acme).get(acme.users() + "?eq(user.firstName,Samuel)"))).containsExactly(atAcme.at("/id"));
		assertThat(ids(api(acme).get(acme.users() + "?eq(user.firstName,Sam)"))).isEmpty();
		Api.Response sorted = api(globex).post(globex.users(),
				invite(uniqueEmail("ann"), "Zed", "Aaron", globex.administrators().id()));
		assertThat(ids(api(globex).get(globex.users() + "?order=-user.firstName,+id")).get(0))
			.isEqualTo(sorted.at("/id"));
		assertThat(ids(api(globex).get(globex.users() + "?order=+user.lastName")).get(0)).isEqualTo(sorted.at("/id"));
	}

	@Test
	void theMemberShowsWhereItsLatestInvitationEmailStands() {
		TestAccount acme = accounts.client("Acme");
		Api.Response sam = api(acme).post(acme.users(),
				invite(uniqueEmail("sam"), "Sam", "Smith", acme.administrators().id()));
		Api.Response kim = api(acme).post(acme.users(),
				invite(uniqueEmail("kim"), "Kim", "Lee", acme.administrators().id()));
		assertThat(sam.at("/invitation/delivery/status")).isEqualTo("Pending");
		assertThat(sam.json().at("/invitation/delivery/reason").isMissingNode()).isTrue();
		assertThat(api(acme).get(sam.at("/href")).at("/invitation/delivery/status")).isEqualTo("Pending");

		assertThat(mailTo(sam.at("/user/email"))).hasSize(1);
		assertThat(api(acme).get(sam.at("/href")).at("/invitation/delivery/status")).isEqualTo("Sent");
		assertThat(listed(acme, kim.at("/id")).at("/invitation/delivery/status").asString()).isEqualTo("Sent");

		// The relay refuses every attempt at the next email until the dispatcher gives up
		// on it.
		Api.Response resent = api(acme).post(sam.at("/href") + "/resend-invite", null);
		assertThat(resent.at("/invitation/delivery/status")).as("the latest email counts").isEqualTo("Pending");
		int relay = mailSender.getPort();
		mailSender.setPort(closedPort());
		try {
			for (int attempt = 1; attempt <= 8; attempt++) {
				dispatcher.dispatchDue();
				assertThat(api(acme).get(sam.at("/href")).at("/invitation/delivery/status"))
					.isEqualTo(attempt < 8 ? "Pending" : "Failed");
				clock.advance(Duration.ofHours(1));
			}
		}
		finally {
			mailSender.setPort(relay);
		}

		JsonNode failed = api(acme).get(sam.at("/href")).json();
		assertThat(failed.at("/status").asString()).as("the invitation itself is still open").isEqualTo("Invited");
		assertThat(failed.at("/invitation/delivery/status").asString()).isEqualTo("Failed");
		assertThat(failed.at("/invitation/delivery/reason").asString())
			.isEqualTo("The mail server could not be reached.");
		assertThat(listed(acme, sam.at("/id")).at("/invitation/delivery").toString())
			.isEqualTo(failed.at("/invitation/delivery").toString());
		assertThat(listed(acme, kim.at("/id")).at("/invitation/delivery/status").asString()).isEqualTo("Sent");
		assertThat(failed.toString()).doesNotContain("Exception")
			.doesNotContain("127.0.0.1")
			.doesNotContain("localhost");
	}

	@ParameterizedTest
	@ValueSource(strings = { "šlice@example.com", "sam😀@example.com", "sam@exämple.com", "a@b.test.", "a..b@b..test",
			"sam@example", "\"sam smith\"@example.com", "sam@[127.0.0.1]" })
	void addressesTheMailerCannotSendAsWrittenAreRefused(String email) {
		TestAccount acme = accounts.client("Acme");
		refused(acme, email);
	}

	@Test
	void anOverlongLocalPartIsRefused() {
		TestAccount acme = accounts.client("Acme");
		refused(acme, "a".repeat(200) + "@example.com");
	}

	private void refused(TestAccount acme, String email) {
		Api.Response response = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").propertyNames()).containsExactly("email");
		assertThat(response.at("/errors/email/0")).containsIgnoringCase("email");
		assertThat(api(acme).get(acme.users()).json().at("/$meta/pagination/total").asLong()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE account_id = ?")
			.param(acme.id())
			.query(Long.class)
			.single()).isZero();
	}

	private JsonNode listed(TestAccount account, String id) {
		JsonNode data = api(account).get(account.users() + "?eq(id," + id + ")").json().get("data");
		assertThat(data.size()).isEqualTo(1);
		return data.get(0);
	}

	private static List<String> ids(Api.Response list) {
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.json().get("data").forEach(member -> ids.add(member.get("id").asString()));
		return ids;
	}

	/**
	 * The member without what differs between any two invitations: ids, the address and
	 * the link.
	 */
	private static String normalized(JsonNode member, String email) {
		return member.toString()
			.replace(member.at("/id").asString(), "ID")
			.replace(member.at("/user/id").asString(), "UID")
			.replace(email, "EMAIL")
			.replaceAll("/invitations/[^\"]+", "/invitations/CODE");
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
