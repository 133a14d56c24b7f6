package dev.lobby.membership.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lobby.mail.CaughtEmail;
import dev.lobby.membership.InvitationManagement;
import dev.lobby.membership.InviteCommand;
import dev.lobby.membership.SignIns;
import dev.lobby.platform.Actor;
import dev.lobby.support.Api;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * The invitee's pages in a real browser: the invitation from its email, registering and
 * landing in the account, declining, and the pages of links that no longer work, each
 * checked against what the database and the mailbox then hold.
 */
class InvitationPagesBrowserIntegrationTests extends BrowserTestBase {

	static final String SITE = "http://lobby.test";

	@Autowired
	InvitationManagement invitations;

	@Autowired
	SignIns signIns;

	/**
	 * An invitation: its member, address, the shared link and the emailed link's path.
	 */
	record Invited(String id, String email, String sharedUrl, String emailedPath) {
	}

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Page.GetByLabelOptions exact() {
		return new Page.GetByLabelOptions().setExact(true);
	}

	/** Invited through the REST API, as an API token of the account does. */
	Invited invite(TestAccount account, String first) {
		String email = uniqueEmail(first.toLowerCase());
		Api.Response invited = api(account).post(account.users(),
				invite(email, first, "Smith", account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		String shared = invited.at("/invitation/url");
		return new Invited(invited.at("/id"), email, shared, emailedLinkFor(email, shared).substring(SITE.length()));
	}

	/** Invited through the service by a person, as the console's pages do. */
	Invited inviteAs(Person inviter, TestAccount account, String first) {
		String email = uniqueEmail(first.toLowerCase());
		Actor actor = signIns.person(userIdOf(inviter.id()), account.id()).orElseThrow().actor();
		String id = invitations
			.invite(account.accountId(),
					new InviteCommand(email, first, "Smith", List.of(account.administrators().id())), actor)
			.member()
			.id();
		String emailed = emailedLink(email);
		return new Invited(id, email, "", emailed.substring(SITE.length()));
	}

	String userIdOf(String accountUserId) {
		return jdbc.sql("SELECT user_id FROM account_users WHERE id = ?")
			.param(accountUserId)
			.query(String.class)
			.single();
	}

	String statusOf(String accountUserId) {
		return jdbc.sql("SELECT status FROM account_users WHERE id = ?")
			.param(accountUserId)
			.query(String.class)
			.single();
	}

	Instant expiryOf(String accountUserId) {
		return jdbc.sql("SELECT invitation_expires_at FROM account_users WHERE id = ?")
			.param(accountUserId)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	static String at(Instant instant, String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC).format(instant);
	}

	@Test
	void aNewUserOpensTheEmailedLinkRegistersAndLandsInTheAccountSignedIn() {
		TestAccount acme = accounts.client("Acme");
		String name = acme.account().name();
		Person alex = people.member(this, acme, "Alex");
		Invited sam = inviteAs(alex, acme, "Sam");

		List<CaughtEmail> mails = mailTo(sam.email());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).text()).contains(name);
		for (int i = 0; i < 2; i++) {
			Response opened = page.navigate(sam.emailedPath());
			assertThat(opened.status()).isEqualTo(200);
			assertThat(opened.headers().get("referrer-policy")).isEqualTo("no-referrer");
			assertThat(opened.headers().get("cache-control")).contains("no-store");
		}
		assertThat(page.getByRole(AriaRole.HEADING, named("Join " + name))).isVisible();
		Locator summary = page.locator(".invitation-summary");
		assertThat(summary).containsText(name);
		assertThat(summary).containsText("Alex Tester");
		assertThat(summary).containsText(sam.email());
		assertThat(summary).containsText(acme.administrators().name());
		assertThat(summary).containsText(at(expiryOf(sam.id()), "d MMMM yyyy, HH:mm", Locale.ENGLISH) + " UTC");
		assertThat(statusOf(sam.id())).as("opening the link changes nothing").isEqualTo("Invited");
		assertAccessible();
		screenshot("invitation");

		page.getByRole(AriaRole.LINK, named("Accept invitation")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Accept the invitation to " + name))).isVisible();
		assertThat(page.getByLabel("First name")).hasValue("Sam");
		assertThat(page.getByLabel("Last name")).hasValue("Smith");
		Locator rules = page.locator("#password-policy .password-rule");
		Locator met = page.locator("#password-policy .password-rule.met");
		page.getByLabel("Password", exact()).fill("short");
		assertThat(met).hasCount(1);
		assertThat(rules.filter(new Locator.FilterOptions().setHasText("At least 8 characters"))).not()
			.hasClass(Pattern.compile(".*\\bmet\\b.*"));
		page.getByLabel("Password", exact()).fill("S3cure!Passw0rd");
		assertThat(met).hasCount(5);
		page.getByLabel("Repeat the password").fill("S3cure!Passw0rX");
		assertThat(page.getByText("The two passwords differ.")).isVisible();
		page.getByLabel("Repeat the password").fill("S3cure!Passw0rd");
		assertThat(page.getByText("The two passwords differ.")).isHidden();
		page.getByLabel("First name").fill("Samantha");
		assertAccessible();
		screenshot("invitation-accept");

		page.getByRole(AriaRole.BUTTON, named("Create my login and join")).click();
		assertThat(page.getByText("Accept the terms of use to create your login.")).isVisible();
		assertThat(statusOf(sam.id())).as("nothing consumed without the terms").isEqualTo("Invited");
		assertThat(page.getByLabel("First name")).hasValue("Samantha");
		page.getByLabel("Password", exact()).fill("S3cure!Passw0rd");
		page.getByLabel("Repeat the password").fill("S3cure!Passw0rd");
		page.getByLabel("I accept the terms of use of Lobby and its privacy notice.").check();
		page.getByRole(AriaRole.BUTTON, named("Create my login and join")).click();

		assertThat(page).hasURL(Pattern.compile("/$"));
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Samantha Smith"))).isVisible();
		assertThat(page.getByText("You are signed in to " + name + ".")).isVisible();
		assertThat(context.cookies()).anyMatch(cookie -> cookie.name.equals("SESSION"));
		assertThat(statusOf(sam.id())).isEqualTo("Active");
		assertThat(jdbc.sql("SELECT first_name FROM users WHERE id = ?")
			.param(userIdOf(sam.id()))
			.query(String.class)
			.single()).isEqualTo("Samantha");
		assertThat(jdbc.sql("SELECT last_sign_in_at FROM users WHERE id = ?")
			.param(userIdOf(sam.id()))
			.query(Timestamp.class)
			.optional()).isPresent();

		page.navigate(sam.emailedPath());
		assertThat(page.getByRole(AriaRole.HEADING, named("This invitation was already accepted"))).isVisible();
	}

	@Test
	void aServerSideRefusalShowsThePolicyAndConsumesNothing() {
		TestAccount acme = accounts.client("Acme");
		Invited sam = invite(acme, "Sam");

		page.navigate(sam.emailedPath() + "/accept");
		page.getByLabel("Password", exact()).fill("alllowercase");
		page.getByLabel("Repeat the password").fill("alllowercase");
		page.getByLabel("I accept the terms of use of Lobby and its privacy notice.").check();
		Response refused = page.waitForResponse(response -> response.url().endsWith("/register"),
				() -> page.getByRole(AriaRole.BUTTON, named("Create my login and join")).click());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(page.locator("#password-error")).containsText("Add an upper-case letter.");
		assertThat(page.getByLabel("Password", exact())).hasAttribute("aria-invalid", "true");
		assertThat(statusOf(sam.id())).isEqualTo("Invited");
		assertAccessible();
	}

	@Test
	void declinesAfterAConfirmationAndTheInviterIsTold() {
		TestAccount acme = accounts.client("Acme");
		String name = acme.account().name();
		Person alex = people.member(this, acme, "Alex");
		Invited sam = inviteAs(alex, acme, "Sam");
		int alexMails = mailTo(alex.email()).size();

		page.navigate(sam.emailedPath());
		page.getByRole(AriaRole.LINK, named("Decline")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Decline the invitation to " + name + "?"))).isVisible();
		assertThat(page.getByText("Alex Tester is told by email.", new Page.GetByTextOptions())).isVisible();
		assertThat(statusOf(sam.id())).isEqualTo("Invited");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, named("Decline the invitation")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("You declined the invitation"))).isVisible();
		assertThat(page.getByText("You will not join " + name + ". We told Alex Tester that you declined."))
			.isVisible();
		assertAccessible();
		screenshot("invitation-declined");

		assertThat(statusOf(sam.id())).isEqualTo("Declined");
		List<CaughtEmail> toAlex = mailTo(alex.email());
		assertThat(toAlex).hasSize(alexMails + 1);
		assertThat(toAlex.get(toAlex.size() - 1).subject()).contains("declined your invitation");
		assertThat(api(acme).get(acme.users()).text()).as("the member is gone from the list").doesNotContain(sam.id());

		page.navigate(sam.emailedPath());
		assertThat(page.getByRole(AriaRole.HEADING, named("This invitation was declined"))).isVisible();
	}

	@Test
	void anExpiredLinkSaysSoAndAfterANewInvitationThatItWasReplaced() {
		TestAccount acme = accounts.client("Acme");
		Invited sam = invite(acme, "Sam");
		clock.advance(Duration.ofDays(8));

		Response expired = page.navigate(sam.emailedPath());
		assertThat(expired.status()).isEqualTo(410);
		assertThat(page.getByRole(AriaRole.HEADING, named("Invitation expired"))).isVisible();
		assertThat(
				page.getByText("This invitation link can no longer be used: invitations are valid for a limited time."))
			.isVisible();
		assertThat(page.getByText("Ask your administrator to send a new invitation.", new Page.GetByTextOptions()))
			.isVisible();
		assertAccessible();
		screenshot("invitation-expired");
		assertThat(page.navigate(sam.emailedPath() + "/accept").status()).isEqualTo(410);

		Api.Response renewed = api(acme).post(acme.users() + "/" + sam.id() + "/send-new-invite", null);
		assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
		page.navigate(sam.emailedPath());
		assertThat(page.getByRole(AriaRole.HEADING, named("This link was replaced"))).isVisible();
		assertThat(page.getByText("Open the link in the most recent invitation email instead.")).isVisible();
		assertAccessible();

		String newLink = emailedLink(sam.email()).substring(SITE.length());
		assertThat(newLink).isNotEqualTo(sam.emailedPath());
		assertThat(page.navigate(newLink).status()).isEqualTo(200);
	}

	@Test
	void eachLinkProblemSaysWhatToDoNext() {
		TestAccount acme = accounts.client("Acme");
		Invited removed = invite(acme, "Rob");
		assertThat(api(acme).delete(acme.users() + "/" + removed.id()).status()).isEqualTo(204);
		page.navigate(removed.emailedPath());
		assertThat(page.getByRole(AriaRole.HEADING, named("This invitation was withdrawn"))).isVisible();
		assertThat(page.getByText("Ask an administrator of the account if you need access.")).isVisible();
		assertAccessible();

		Invited used = invite(acme, "Uma");
		Api.Response accepted = anonymous().post("/public/v1/invitations/" + codeOf(used.emailedPath()) + "/accept",
				Map.of("firstName", "Uma", "lastName", "Smith", "password", "Str0ng!Pass"));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		page.navigate(used.sharedUrl().substring(SITE.length()));
		assertThat(page.getByRole(AriaRole.HEADING, named("This invitation was already accepted"))).isVisible();
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Sign in to Lobby"))).isVisible();

		Invited declined = invite(acme, "Dee");
		assertThat(
				anonymous().post("/public/v1/invitations/" + codeOf(declined.sharedUrl()) + "/decline", null).status())
			.isEqualTo(204);
		page.navigate(declined.emailedPath());
		assertThat(page.getByRole(AriaRole.HEADING, named("This invitation was declined"))).isVisible();
		assertAccessible();

		Response unknown = page.navigate("/invitations/123412341234.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(page.getByRole(AriaRole.HEADING, named("This link is not valid"))).isVisible();
		assertThat(page.getByText("Check that you opened or copied the whole link from the invitation email."))
			.isVisible();
		assertAccessible();
		screenshot("invitation-unknown");
	}

	@Test
	void theInvitationPageSpeaksGerman() {
		TestAccount acme = accounts.client("Acme");
		String name = acme.account().name();
		Invited sam = invite(acme, "Sam");
		BrowserContext german = newContext(375, 800, "de-DE");
		Page seite = german.newPage();

		seite.navigate(sam.emailedPath());
		assertThat(seite.getByRole(AriaRole.HEADING, named(name + " beitreten"))).isVisible();
		assertThat(seite.locator("html")).hasAttribute("lang", "de");
		assertThat(seite.locator(".invitation-summary")).containsText("Gültig bis");
		assertThat(seite.locator(".invitation-summary"))
			.containsText(at(expiryOf(sam.id()), "d. MMMM yyyy, HH:mm", Locale.GERMAN) + " UTC");
		assertAccessible(seite);
		seite.getByRole(AriaRole.LINK, named("Einladung annehmen")).click();
		assertThat(seite.getByRole(AriaRole.HEADING, named("Neu bei Lobby? Legen Sie Ihr Login an"))).isVisible();
		assertThat(seite.getByLabel("Vorname")).hasValue("Sam");
		assertAccessible(seite);
		screenshot(seite, "invitation-accept-de-375");
		german.close();
	}

}
