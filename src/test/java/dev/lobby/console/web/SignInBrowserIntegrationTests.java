package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import dev.lobby.account.AccountType;
import dev.lobby.mail.CaughtEmail;
import dev.lobby.platform.Actor;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Signing in and out in a real browser, and what a signed-in person sees: the journeys of
 * issue 9's first slice, each checked with axe-core.
 */
class SignInBrowserIntegrationTests extends BrowserTestBase {

	static final Pattern RESET_LINK = Pattern
		.compile("http://lobby\\.test(/password-resets/[A-Za-z0-9]+\\.[A-Za-z0-9_-]{43})");

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator.GetByRoleOptions within(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

	@Test
	void anAdministratorSignsInSeesSettingsAndSignsOut() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");

		Response front = page.navigate("/");
		assertThat(front.status()).isEqualTo(200);
		assertThat(page.getByRole(AriaRole.HEADING, named("Sign in to Lobby"))).isVisible();
		assertThat(context.cookies()).as("a visitor holds no session")
			.noneMatch(cookie -> cookie.name.equals("SESSION"));
		assertAccessible();
		screenshot("sign-in");

		signIn(alex);
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Alex Tester"))).isVisible();
		assertThat(page.getByText("You are signed in to " + acme.account().name() + ".")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, named("Settings")).first()).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, named("Accounts"))).hasCount(0);
		assertThat(context.cookies()).anyMatch(cookie -> cookie.name.equals("SESSION") && cookie.httpOnly);
		assertAccessible();
		screenshot("home");

		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, within("Settings")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Settings"))).isVisible();
		assertThat(page.getByText(acme.id())).isVisible();
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, named("Alex Tester")).click();
		page.getByRole(AriaRole.BUTTON, named("Sign out")).click();
		assertThat(page.getByText("You signed out.")).isVisible();
		assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));

		page.navigate("/settings");
		assertThat(page).hasURL(Pattern.compile("/\\?next=%2Fsettings$"));
		signIn(page, alex.email(), alex.password(), "/settings");
		assertThat(page).hasURL(Pattern.compile("/settings$"));
	}

	void signIn(Page on, String email, String password, String expectedNext) {
		assertThat(on.locator("input[name=next]")).hasValue(expectedNext);
		on.getByLabel("Email").fill(email);
		on.getByLabel("Password").fill(password);
		on.getByRole(AriaRole.BUTTON, named("Sign in")).click();
	}

	@Test
	void aWrongPasswordIsRefusedWithOneSentenceAndCounted() {
		TestAccount acme = accounts.client("Acme");
		Person sam = people.member(this, acme, "Sam");

		signIn(page, sam.email(), "Wrong!Passw0rd");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("The email address or the password is not correct.");
		assertThat(page.getByLabel("Email")).hasValue(sam.email());
		assertThat(page.getByLabel("Password")).hasValue("");
		assertAccessible();
		screenshot("sign-in-wrong-password");

		signIn(page, "nobody-" + sam.email(), "Wrong!Passw0rd");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("The email address or the password is not correct.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failures").query(Long.class).single())
			.as("both failures are counted")
			.isEqualTo(2);
	}

	@Test
	void repeatedFailuresPauseSignInWithWhenToRetryThenItWorksAgain() {
		TestAccount acme = accounts.client("Acme");
		Person sam = people.member(this, acme, "Sam");
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(page, sam.email(), "Wrong!Passw0rd" + attempt);
			assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
		}

		Response paused = page.waitForResponse(response -> response.url().endsWith("/sign-in"),
				() -> signIn(page, sam.email(), sam.password()));
		assertThat(paused.status()).isEqualTo(429);
		assertThat(paused.headers().get("retry-after")).isEqualTo("900");
		assertThat(page.getByRole(AriaRole.HEADING, named("Sign-in paused"))).isVisible();
		assertThat(page.getByText("Try again in 15 minutes.")).isVisible();
		assertAccessible();
		screenshot("sign-in-paused");

		clock.advance(Duration.ofMinutes(15));
		signIn(sam);
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Sam Tester"))).isVisible();
	}

	@Test
	void someoneBlockedInEveryAccountIsToldWhyTheyCannotSignIn() {
		TestAccount acme = accounts.client("Acme");
		Person bo = people.member(this, acme, "Bo");
		people.block(this, acme, bo);

		signIn(bo);
		assertThat(page.getByRole(AriaRole.ALERT))
			.containsText("Your access to every account on Lobby was blocked or removed, so you cannot sign in.");
		assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));
		assertAccessible();
	}

	@Test
	void aForgottenPasswordIsResetThroughTheEmailedLink() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");

		page.navigate("/");
		page.getByRole(AriaRole.LINK, named("Forgot password?")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Forgot your password?"))).isVisible();
		assertAccessible();
		screenshot("password-reset-request");
		page.getByLabel("Email").fill(kim.email());
		page.getByRole(AriaRole.BUTTON, named("Email me a link")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Check your email"))).isVisible();

		List<CaughtEmail> mails = mailTo(kim.email());
		Matcher link = RESET_LINK.matcher(mails.get(mails.size() - 1).text());
		assertThat(link.find()).as("a reset link in the email").isTrue();
		page.navigate(link.group(1));
		assertThat(page.getByRole(AriaRole.HEADING, named("Choose a new password"))).isVisible();
		assertAccessible();
		screenshot("password-reset-new-password");
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("N3w!Passw0rd");
		page.getByLabel("Repeat the password").fill("N3w!Passw0rd");
		page.getByRole(AriaRole.BUTTON, named("Set the new password")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Your password was changed"))).isVisible();

		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, within("Sign in")).click();
		signIn(page, kim.email(), kim.password());
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("The email address or the password is not correct.");
		signIn(page, kim.email(), "N3w!Passw0rd");
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Kim Tester"))).isVisible();
	}

	@Test
	void aMemberWithoutAccountManagementSeesNoSettingsAndIsRefusedThem() {
		TestAccount acme = accounts.client("Acme");
		Person pat = people.member(this, acme, "Pat", people.supportGroup(this, acme));

		signIn(pat);
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Pat Tester"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, named("Settings"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, named("Open My profile"))).isVisible();

		Response settings = page.navigate("/settings");
		assertThat(settings.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("You may not open this page"))).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, named("Pat Tester"))).isVisible();
		assertAccessible();
		screenshot("forbidden");
		assertThat(page.navigate("/accounts").status()).isEqualTo(403);
	}

	@Test
	void anOperatorAlsoSeesEveryAccount() {
		TestAccount operations = accounts.create("Operations", AccountType.Operations,
				Set.of(Actor.ACCOUNT_MANAGEMENT));
		accounts.client("Acme");
		Person olga = people.member(this, operations, "Olga");

		signIn(olga);
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, within("Accounts")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Accounts"))).isVisible();
		assertThat(page.getByText(Pattern.compile("^\\d+ accounts$"))).isVisible();
		assertThat(page.getByRole(AriaRole.ROW)).not().hasCount(1);
		assertAccessible();
	}

	@Test
	void thePagesWorkOnAPhoneAndOnAWideScreen() {
		TestAccount acme = accounts.client("Acme");
		Person ria = people.member(this, acme, "Ria");
		BrowserContext phone = newContext(375, 740, "en-US");
		Page small = phone.newPage();
		try {
			signIn(small, ria.email(), ria.password());
			assertThat(small.getByRole(AriaRole.HEADING, named("Welcome, Ria Tester"))).isVisible();
			assertThat(small.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, within("Settings"))).not()
				.isVisible();
			small.getByRole(AriaRole.BUTTON, named("Menu")).click();
			assertThat(small.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, within("Settings"))).isVisible();
			assertThat(small.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing wider than the phone")
				.isEqualTo(true);
			assertAccessible(small);
			screenshot(small, "home-375");
		}
		finally {
			phone.close();
		}
		signIn(ria);
		assertThat(page.getByRole(AriaRole.BUTTON, named("Menu"))).not().isVisible();
		assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, within("Settings"))).isVisible();
		screenshot("home-1440");
	}

	@Test
	void pagesSpeakTheBrowsersLanguageUntilThePersonChoosesOne() {
		TestAccount acme = accounts.client("Acme");
		Person lea = people.member(this, acme, "Lea");
		BrowserContext german = newContext(1440, 900, "de-DE");
		Page seite = german.newPage();
		try {
			seite.navigate("/");
			assertThat(seite.getByRole(AriaRole.HEADING, named("Bei Lobby anmelden"))).isVisible();
			assertThat(seite.locator("html")).hasAttribute("lang", "de");
			assertAccessible(seite);
			screenshot(seite, "sign-in-de");
			seite.getByLabel("E-Mail").fill(lea.email());
			seite.getByLabel("Passwort").fill(lea.password());
			seite.getByRole(AriaRole.BUTTON, named("Anmelden")).click();
			assertThat(seite.getByRole(AriaRole.HEADING, named("Willkommen, Lea Tester"))).isVisible();

			seite.navigate("/profile");
			seite.getByLabel("Sprache dieser Seiten").selectOption("en");
			seite.getByRole(AriaRole.BUTTON, named("Speichern")).click();
			assertThat(seite.getByText("The language was saved.")).isVisible();
			assertThat(seite.getByRole(AriaRole.HEADING, named("My profile"))).isVisible();
			assertAccessible(seite);
		}
		finally {
			german.close();
		}
	}

	@Test
	void someoneInSeveralAccountsSwitchesBetweenThem() {
		TestAccount acme = accounts.client("Acme");
		TestAccount globex = accounts.client("Globex");
		Person max = people.member(this, acme, "Max");
		people.join(this, max, globex);

		signIn(max);
		String first = acme.account().name().compareTo(globex.account().name()) < 0 ? acme.account().name()
				: globex.account().name();
		String second = first.equals(acme.account().name()) ? globex.account().name() : acme.account().name();
		assertThat(page.getByText("You are signed in to " + first + ".")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch account")).click();
		page.getByRole(AriaRole.BUTTON, named(second)).click();
		assertThat(page.getByText("You are signed in to " + second + ".")).isVisible();
		page.navigate("/settings");
		assertThat(page.getByText("Settings of the account " + second + ".")).isVisible();
		assertAccessible();
		List<Cookie> cookies = context.cookies();
		assertThat(cookies).anyMatch(cookie -> cookie.name.equals("SESSION"));
	}

}
