package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PageClient;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The invitee's pages over plain HTTP: looking changes nothing, every answer needs the
 * page's CSRF token, and a visitor's answer leaves no session behind.
 */
class InvitationPagesIntegrationTests extends LobbyIntegrationTestBase {

	String invited(TestAccount account, String email) {
		Api.Response invited = api(account).post(account.users(),
				invite(email, "Sam", "Smith", account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		return invited.at("/id");
	}

	String statusOf(TestAccount account, String id) {
		return api(account).get(account.users() + "/" + id).at("/status");
	}

	@Test
	void openingThePagesChangesNothingAndAnswersNeedTheCsrfToken() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		String id = invited(acme, email);
		String path = "/invitations/" + codeOf(emailedLink(email));
		PageClient browser = new PageClient(port);

		for (String page : new String[] { path, path + "/accept", path + "/decline" }) {
			HttpResponse<String> shown = browser.get(page);
			assertThat(shown.statusCode()).as(page).isEqualTo(200);
			assertThat(shown.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(shown.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		}
		assertThat(statusOf(acme, id)).isEqualTo("Invited");
		assertThat(eventsOf(acme, id)).containsExactly("lobby.invitation.sent");

		Map<String, String> registration = Map.of("firstName", "Sam", "lastName", "Smith", "password", "Str0ng!Pass",
				"confirmation", "Str0ng!Pass", "terms", "true");
		assertThat(browser.submit(path + "/register", null, registration).statusCode()).isEqualTo(403);
		assertThat(browser.submit(path + "/sign-in", null, Map.of("password", "Str0ng!Pass")).statusCode())
			.isEqualTo(403);
		assertThat(browser.submit(path + "/decline", null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(statusOf(acme, id)).as("nothing answered without the token").isEqualTo("Invited");

		HttpResponse<String> declined = browser.submit(path + "/decline", browser.get(path + "/decline").body(),
				Map.of());
		assertThat(declined.statusCode()).isEqualTo(200);
		assertThat(declined.body()).contains("You declined the invitation");
		assertThat(statusOf(acme, id)).isEqualTo("Declined");
		assertThat(browser.sessionCookie()).as("a visitor's answer starts no session").isEmpty();
		assertThat(browser.get(path).statusCode()).isEqualTo(410);
	}

	@Test
	void registeringStartsASessionInTheAccountJoined() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		String id = invited(acme, email);
		String path = "/invitations/" + codeOf(emailedLink(email));
		PageClient browser = new PageClient(port);

		HttpResponse<String> mismatch = browser.submit(path + "/register", browser.get(path + "/accept").body(),
				Map.of("firstName", "Sam", "lastName", "Smith", "password", "Str0ng!Pass", "confirmation", "Str0ng!Pas",
						"terms", "true"));
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("The two passwords differ.");
		assertThat(statusOf(acme, id)).isEqualTo("Invited");

		HttpResponse<String> joined = browser.submit(path + "/register", browser.get(path + "/accept").body(),
				Map.of("firstName", "Sam", "lastName", "Smith", "password", "Str0ng!Pass", "confirmation",
						"Str0ng!Pass", "terms", "true"));
		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(browser.location(joined)).hasValue("/");
		assertThat(browser.sessionCookie()).isPresent();
		assertThat(statusOf(acme, id)).isEqualTo("Active");
		assertThat(browser.get("/").body()).contains("You are signed in to " + acme.account().name());
	}

}
