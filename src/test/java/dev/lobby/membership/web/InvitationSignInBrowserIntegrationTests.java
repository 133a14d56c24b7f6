package dev.lobby.membership.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Accepting with a login the person already has, in a real browser: through the emailed
 * link only, throttled like every sign-in; and the page for a browser signed in as
 * someone else, which consumes nothing.
 */
class InvitationSignInBrowserIntegrationTests extends BrowserTestBase {

	static final String SITE = "http://lobby.test";

	static final String WRONG = "Wrong!Passw0rd";

	/**
	 * An invitation of an address: its member, the shared link and the emailed link's
	 * path.
	 */
	record Invited(String id, String sharedPath, String emailedPath) {
	}

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Invited invite(TestAccount account, String email, String first) {
		Api.Response invited = api(account).post(account.users(),
				invite(email, first, "Smith", account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		String shared = invited.at("/invitation/url");
		return new Invited(invited.at("/id"), shared.substring(SITE.length()),
				emailedLinkFor(email, shared).substring(SITE.length()));
	}

	String statusOf(String accountUserId) {
		return jdbc.sql("SELECT status FROM account_users WHERE id = ?")
			.param(accountUserId)
			.query(String.class)
			.single();
	}

	void signInToAccept(String password) {
		page.getByLabel("Password of your login").fill(password);
		page.getByRole(AriaRole.BUTTON, named("Sign in and join")).click();
	}

	@Test
	void anExistingUserAcceptsBySigningInFromTheEmailedLink() {
		TestAccount acme = accounts.client("Acme");
		TestAccount beta = accounts.client("Beta");
		Person kim = people.member(this, acme, "Kim");
		Invited toBeta = invite(beta, kim.email(), "Kim");

		page.navigate(toBeta.emailedPath());
		page.getByRole(AriaRole.LINK, named("Accept invitation")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Already have a Lobby login?"))).isVisible();
		assertThat(page.getByLabel("Email")).hasValue(kim.email());
		assertThat(page.getByLabel("Email")).hasAttribute("readonly", "");
		assertAccessible();

		Response wrong = page.waitForResponse(response -> response.url().endsWith("/sign-in"),
				() -> signInToAccept(WRONG));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(page.locator("#sign-in-error")).hasText("The password is not correct.");
		assertThat(statusOf(toBeta.id())).isEqualTo("Invited");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failures").query(Long.class).single())
			.as("the failure is counted like a sign-in's")
			.isEqualTo(1);
		assertAccessible();

		signInToAccept(kim.password());
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Kim Tester"))).isVisible();
		assertThat(page.getByText("You are signed in to " + beta.account().name() + ".")).isVisible();
		assertThat(statusOf(toBeta.id())).isEqualTo("Active");
		assertThat(statusOf(kim.id())).as("the other membership stays").isEqualTo("Active");
	}

	@Test
	void signingInToAcceptIsPausedAfterTooManyWrongPasswordsAndNothingIsConsumed() {
		TestAccount acme = accounts.client("Acme");
		TestAccount beta = accounts.client("Beta");
		Person kim = people.member(this, acme, "Kim");
		Invited toBeta = invite(beta, kim.email(), "Kim");
		page.navigate(toBeta.emailedPath() + "/accept");
		for (int attempt = 0; attempt < 5; attempt++) {
			signInToAccept(WRONG + attempt);
			assertThat(page.locator("#sign-in-error")).hasText("The password is not correct.");
		}

		Response paused = page.waitForResponse(response -> response.url().endsWith("/sign-in"),
				() -> signInToAccept(kim.password()));
		assertThat(paused.status()).isEqualTo(429);
		assertThat(paused.headers().get("retry-after")).isEqualTo("900");
		assertThat(page.locator("#sign-in-error"))
			.hasText("There were too many wrong passwords, so signing in is paused. Try again in 15 minutes.");
		assertThat(statusOf(toBeta.id())).isEqualTo("Invited");
		assertAccessible();
	}

	@Test
	void theSharedLinkSaysPlainlyToOpenTheEmailedOneAndRegistersNoSecondLogin() {
		TestAccount acme = accounts.client("Acme");
		TestAccount beta = accounts.client("Beta");
		Person kim = people.member(this, acme, "Kim");
		Invited toBeta = invite(beta, kim.email(), "Kim");

		page.navigate(toBeta.sharedPath() + "/accept");
		assertThat(page.getByText("To accept with a Lobby login you already have, open the link in the invitation "
				+ "email sent to " + kim.email() + ". This link lets you create a new login only."))
			.isVisible();
		assertThat(page.getByLabel("Password of your login")).hasCount(0);
		assertAccessible();
		screenshot("invitation-shared-link");

		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("An0ther!Pass");
		page.getByLabel("Repeat the password").fill("An0ther!Pass");
		page.getByLabel("I accept the terms of use of Lobby and its privacy notice.").check();
		Response refused = page.waitForResponse(response -> response.url().endsWith("/register"),
				() -> page.getByRole(AriaRole.BUTTON, named("Create my login and join")).click());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(page.locator("#register-error")).containsText("This address already has a Lobby login.");
		assertThat(statusOf(toBeta.id())).isEqualTo("Invited");

		Api.Response forged = anonymous().post("/public/v1/invitations/" + codeOf(toBeta.sharedPath()) + "/accept",
				Map.of("password", kim.password()));
		assertThat(forged.status()).as("the API refuses the same").isEqualTo(403);
		assertThat(statusOf(toBeta.id())).isEqualTo("Invited");
	}

	@Test
	void aBrowserSignedInAsSomeoneElseIsAskedToSignOutAndNothingIsConsumed() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");
		String samEmail = uniqueEmail("sam");
		Invited sam = invite(acme, samEmail, "Sam");
		signIn(alex);
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Alex Tester"))).isVisible();

		Response opened = page.navigate(sam.emailedPath());
		assertThat(opened.status()).isEqualTo(409);
		assertThat(page.getByRole(AriaRole.HEADING, named("This invitation is for someone else"))).isVisible();
		assertThat(page
			.getByText("This invitation was sent to " + samEmail + "; you are signed in as " + alex.email() + "."))
			.isVisible();
		assertAccessible();
		screenshot("invitation-someone-else");
		assertThat(page.navigate(sam.emailedPath() + "/accept").status()).isEqualTo(409);
		assertThat(page.navigate(sam.emailedPath() + "/decline").status()).isEqualTo(409);
		assertThat(statusOf(sam.id())).isEqualTo("Invited");

		page.getByRole(AriaRole.BUTTON, named("Sign out and continue")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Join " + acme.account().name()))).isVisible();
		assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));
		assertThat(statusOf(sam.id())).isEqualTo("Invited");
		assertThat(statusOf(alex.id())).isEqualTo("Active");
	}

}
