package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.mail.CaughtEmail;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * My profile in a real browser: a person changes their own name and password, each
 * checked against what the database, the mailbox and their other sessions then hold.
 */
class ProfileBrowserIntegrationTests extends BrowserTestBase {

	private static final String NEW_PASSWORD = "N3w!Secret-pass";

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	@Test
	void aPersonRenamesThemselvesAndEveryAccountShowsTheNewName() {
		TestAccount acme = accounts.client("Acme");
		Person lea = people.member(this, acme, "Lea");
		signIn(lea);
		page.navigate("/profile");
		page.waitForLoadState();
		assertThat(page.getByLabel("First name")).hasValue("Lea");

		page.getByLabel("Last name").fill("  ");
		page.getByRole(AriaRole.BUTTON, named("Save name")).click();
		assertThat(page.locator("#lastName-error")).isVisible();
		assertThat(page.getByLabel("Last name")).hasAttribute("aria-invalid", "true");
		assertAccessible();
		assertThat(lastNameOf(lea)).as("nothing changed").isEqualTo("Tester");

		page.getByLabel("First name").fill("Leonie");
		page.getByLabel("Last name").fill("Berg");
		page.getByRole(AriaRole.BUTTON, named("Save name")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your name was saved.");
		assertThat(page.getByRole(AriaRole.BUTTON, named("Leonie Berg"))).isVisible();
		assertThat(lastNameOf(lea)).isEqualTo("Berg");
		assertThat(api(acme).get(acme.users() + "/" + lea.id()).at("/user/lastName")).isEqualTo("Berg");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneSignsOutOtherSessionsAndEmailsTheOwner() {
		TestAccount acme = accounts.client("Acme");
		Person lea = people.member(this, acme, "Lea");
		BrowserContext other = newContext(1440, 900, "en-US");
		try {
			Page elsewhere = other.newPage();
			signIn(elsewhere, lea.email(), lea.password());
			assertThat(elsewhere.getByRole(AriaRole.HEADING, named("Welcome, Lea Tester"))).isVisible();

			signIn(lea);
			page.navigate("/profile");
			page.waitForLoadState();
			page.getByLabel("Current password").fill("not-my-password");
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
			page.getByLabel("Repeat the password").fill(NEW_PASSWORD);
			page.getByRole(AriaRole.BUTTON, named("Change password")).click();
			assertThat(page.locator("#currentPassword-error")).hasText("The current password is not correct.");

			page.getByLabel("Current password").fill(lea.password());
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("short");
			page.getByLabel("Repeat the password").fill("short");
			page.getByRole(AriaRole.BUTTON, named("Change password")).click();
			assertThat(page.locator("#newPassword-error")).containsText("Use at least 8 characters.");
			assertAccessible();

			page.getByLabel("Current password").fill(lea.password());
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
			page.getByLabel("Repeat the password").fill(NEW_PASSWORD);
			page.getByRole(AriaRole.BUTTON, named("Change password")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password was changed.");
			screenshot("profile");

			// This browser stays signed in; the other one is signed out at its next
			// click.
			page.navigate("/");
			assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Lea Tester"))).isVisible();
			elsewhere.navigate("/profile");
			assertThat(elsewhere.getByRole(AriaRole.HEADING, named("Sign in to Lobby"))).isVisible();

			List<CaughtEmail> mails = mailTo(lea.email());
			assertThat(mails).last()
				.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Your Lobby password was changed"));

			signIn(elsewhere, lea.email(), lea.password());
			assertThat(elsewhere.getByText("The email address or the password is not correct.")).isVisible();
			signIn(elsewhere, lea.email(), NEW_PASSWORD);
			assertThat(elsewhere.getByRole(AriaRole.HEADING, named("Welcome, Lea Tester"))).isVisible();
		}
		finally {
			other.close();
		}
	}

	@Test
	void guessingTheCurrentPasswordIsPausedLikeASignIn() {
		TestAccount acme = accounts.client("Acme");
		Person lea = people.member(this, acme, "Lea");
		String hash = passwordHashOf(lea);
		signIn(lea);
		page.navigate("/profile");
		for (int attempt = 0; attempt < 6; attempt++) {
			page.getByLabel("Current password").fill("guess-" + attempt);
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
			page.getByLabel("Repeat the password").fill(NEW_PASSWORD);
			page.getByRole(AriaRole.BUTTON, named("Change password")).click();
			page.waitForLoadState();
		}
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("password checks are paused");
		// Paused before any password work: even the right one is not checked now.
		page.getByLabel("Current password").fill(lea.password());
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
		page.getByLabel("Repeat the password").fill(NEW_PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Change password")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("password checks are paused");
		assertThat(passwordHashOf(lea)).as("unchanged").isEqualTo(hash);
	}

	@Test
	void datesFollowTheBrowsersTimeZoneUntilThePersonChoosesOne() {
		TestAccount acme = accounts.client("Acme");
		Person lea = people.member(this, acme, "Lea");
		BrowserContext berlin = newContext(1440, 900, "en-US", true, "Europe/Berlin");
		try {
			Page there = berlin.newPage();
			signIn(there, lea.email(), lea.password());
			there.navigate("/settings/users/" + lea.id() + "?tab=details");
			assertThat(there.locator("#panel-details")).containsText(Pattern.compile("\\d{2}:\\d{2} (CET|CEST)"));

			there.navigate("/profile");
			there.getByLabel("Time zone of dates and times").selectOption("Asia/Tokyo");
			there.getByRole(AriaRole.BUTTON, named("Save time zone")).click();
			assertThat(there.getByRole(AriaRole.STATUS)).hasText("The time zone was saved.");
			assertAccessible(there);
			assertThat(jdbc.sql("SELECT time_zone FROM users WHERE email_key = LOWER(:email)")
				.param("email", lea.email())
				.query(String.class)
				.single()).isEqualTo("Asia/Tokyo");
			there.navigate("/settings/users/" + lea.id() + "?tab=details");
			assertThat(there.locator("#panel-details")).containsText(Pattern.compile("\\d{2}:\\d{2} JST"));

			there.navigate("/profile");
			there.getByLabel("Time zone of dates and times").selectOption("");
			there.getByRole(AriaRole.BUTTON, named("Save time zone")).click();
			there.navigate("/settings/users/" + lea.id() + "?tab=details");
			assertThat(there.locator("#panel-details")).containsText(Pattern.compile("\\d{2}:\\d{2} (CET|CEST)"));
		}
		finally {
			berlin.close();
		}
	}

	private String lastNameOf(Person person) {
		return jdbc.sql("SELECT last_name FROM users WHERE email_key = LOWER(:email)")
			.param("email", person.email())
			.query(String.class)
			.single();
	}

	private String passwordHashOf(Person person) {
		return jdbc.sql("SELECT password_hash FROM users WHERE email_key = LOWER(:email)")
			.param("email", person.email())
			.query(String.class)
			.single();
	}

}
