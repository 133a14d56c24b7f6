package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › Users › Add user in a real browser: each step's checks as you type and on
 * the server, Back and reload keeping what was typed, an address already a member
 * stopping the wizard at once, and the invitation sent: what the summary shows, what the
 * database and the mailbox then hold.
 */
class AddUserWizardBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	void heading(String text) {
		assertThat(page.getByRole(AriaRole.HEADING, named(text))).isVisible();
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, named(button)).click();
	}

	/** An administrator of the account, signed in, on the wizard's first step. */
	Person openWizard(TestAccount account) {
		Person admin = people.member(this, account, "Alex");
		signIn(admin);
		page.navigate("/settings/users");
		page.getByRole(AriaRole.LINK, named("Add user")).click();
		heading("Who do you want to invite?");
		assertThat(page).hasURL(Pattern.compile("/settings/users/new/[0-9a-f]{18}/email$"));
		return admin;
	}

	List<JsonNode> membersWithEmail(TestAccount account, String email) {
		JsonNode data = api(account)
			.get(account.users() + "?eq(user.email," + URLEncoder.encode(email, StandardCharsets.UTF_8) + ")")
			.json()
			.get("data");
		return data == null ? List.of() : StreamSupport.stream(data.spliterator(), false).toList();
	}

	@Test
	void invitesThroughEveryStepAndTheSummaryGivesTheSharedLink() {
		TestAccount acme = accounts.client("Acme");
		String support = people.supportGroup(this, acme);
		String email = uniqueEmail("sam");
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		openWizard(acme);

		// Step 1: checked as you type, and Next stays while the field lacks something.
		click("Next");
		assertThat(page.locator("#email-feedback")).hasText("Enter an email address.");
		assertThat(page.getByLabel("Email")).isFocused();
		page.getByLabel("Email").fill("sam-at-example");
		assertThat(page.locator("#email-feedback")).hasText("Enter an email address like sam@example.com.");
		assertThat(page.getByLabel("Email")).hasAttribute("aria-invalid", "true");
		assertAccessible();
		page.getByLabel("Email").fill(email);
		assertThat(page.locator("#email-feedback")).hasText("");
		click("Next");

		// Step 2: the names, empty: nothing tells whether the address has a login.
		heading("What is their name?");
		assertThat(page.getByLabel("First name")).hasValue("");
		click("Next");
		assertThat(page.locator("#firstName-feedback")).hasText("Enter the first name.");
		assertThat(page.locator("#lastName-feedback")).hasText("Enter the last name.");
		page.getByLabel("First name").fill("Sam");
		page.getByLabel("Last name").fill("Smith");
		assertAccessible();

		// Back keeps both steps' values; so does a reload.
		click("Back");
		heading("Who do you want to invite?");
		assertThat(page.getByLabel("Email")).hasValue(email);
		click("Next");
		assertThat(page.getByLabel("First name")).hasValue("Sam");
		assertThat(page.getByLabel("Last name")).hasValue("Smith");
		page.reload();
		assertThat(page.getByLabel("Last name")).hasValue("Smith");
		click("Next");

		// Step 3: at least one group, each with its modules.
		heading("Which groups do they join?");
		click("Next");
		assertThat(page.locator("#groups-feedback")).hasText("Choose at least one group.");
		assertThat(page.locator("label[for='group-" + acme.administrators().id() + "']"))
			.containsText("Account Management");
		page.locator("#group-" + support).check();
		assertThat(page.locator("#groups-feedback")).hasText("");
		assertAccessible();
		click("Next");

		// Overview: everything, and a way back to any step.
		heading("Check and send the invitation");
		assertThat(page.locator("dl")).containsText(email);
		assertThat(page.locator("dl")).containsText("Sam Smith");
		assertThat(page.locator("dl")).containsText("Support");
		page.getByRole(AriaRole.LINK, named("Change the name")).click();
		page.getByLabel("First name").fill("Samantha");
		click("Next");
		assertThat(page.locator("#group-" + support)).isChecked();
		page.locator("#group-" + acme.administrators().id()).check();
		click("Next");
		assertThat(page.locator("dl")).containsText("Samantha Smith");
		assertThat(page.locator("dl")).containsText("Administrators");
		assertAccessible();
		assertThat(membersWithEmail(acme, email)).isEmpty();
		click("Send invitation");

		// The summary: the invitation's shared link, the Copy button, and where to go
		// next.
		heading("Samantha Smith was invited");
		List<JsonNode> invited = membersWithEmail(acme, email);
		assertThat(invited).hasSize(1);
		JsonNode member = invited.get(0);
		String shared = member.at("/invitation/url").asString();
		assertThat(member.at("/status").asString()).isEqualTo("Invited");
		assertThat(member.get("groups")).hasSize(2);
		assertThat(page.getByLabel("Invitation link")).hasValue(shared);
		assertThat(page.getByText("An email with the invitation went to " + email + ". It expires on "
				+ day(clock.instant().plus(Duration.ofDays(7))) + "."))
			.isVisible();
		click("Copy");
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("The invitation link of Samantha Smith is on the clipboard.");
		assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(shared);
		assertThat(eventsOf(acme, member.at("/id").asString())).contains("lobby.invitation.sent",
				"lobby.invitation.link-copied");
		assertAccessible();
		screenshot("wizard-summary");

		// The email carries the emailed link of the same invitation (the one that proves
		// the address).
		String emailed = emailedLinkFor(email, shared);
		assertThat(invitationOf(emailed)).isEqualTo(invitationOf(shared));
		assertThat(emailed).isNotEqualTo(shared);

		// A reload, Back or a second post never invites twice; Add another starts afresh.
		page.reload();
		heading("Samantha Smith was invited");
		page.goBack();
		heading("Samantha Smith was invited");
		assertThat(membersWithEmail(acme, email)).hasSize(1);
		page.getByRole(AriaRole.LINK, named("Add another")).click();
		heading("Who do you want to invite?");
		assertThat(page.getByLabel("Email")).hasValue("");
		page.goBack();
		page.getByRole(AriaRole.LINK, named("View details")).click();
		heading("Samantha Smith");
		assertThat(page).hasURL(Pattern.compile("/settings/users/" + member.at("/id").asString()));
	}

	@Test
	void anAddressAlreadyAMemberStopsAtStepOneWithALinkToThatMember() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		TestAccount other = accounts.client("Other");
		Person lee = people.member(this, other, "Lee");
		openWizard(acme);

		page.getByLabel("Email").fill(kim.email().toUpperCase());
		click("Next");
		heading("Who do you want to invite?");
		assertThat(page.getByRole(AriaRole.ALERT))
			.containsText("Kim Tester (" + kim.email() + ") already belongs to this account as " + kim.id() + ".");
		assertThat(page.getByLabel("Email")).hasValue(kim.email().toUpperCase());
		assertAccessible();
		// The wizard goes no further while the address is a member.
		page.navigate(page.url().replace("/email", "/overview"));
		heading("Who do you want to invite?");

		// A login elsewhere tells nothing: the next step, with empty names.
		page.getByLabel("Email").fill(lee.email());
		click("Next");
		heading("What is their name?");
		assertThat(page.getByLabel("First name")).hasValue("");
		click("Back");

		page.getByLabel("Email").fill(kim.email());
		click("Next");
		page.getByRole(AriaRole.LINK, named("Open Kim Tester")).click();
		heading("Kim Tester");
		assertThat(page).hasURL(Pattern.compile("/settings/users/" + kim.id()));
		assertThat(membersWithEmail(acme, kim.email())).hasSize(1);
	}

	@Test
	void withoutJavaScriptTheServerChecksEachStepWithTheInvitationsRules() {
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Alex");
		String email = uniqueEmail("nojs");
		BrowserContext plain = newContext(1440, 900, "en-US", false);
		try {
			Page noScript = plain.newPage();
			signIn(noScript, admin.email(), admin.password());
			noScript.navigate("/settings/users/new");
			noScript.getByLabel("Email").fill("  ");
			Response refused = noScript.waitForResponse(
					response -> response.url().endsWith("/email") && response.request().method().equals("POST"),
					() -> noScript.getByRole(AriaRole.BUTTON, named("Next")).click());
			assertThat(refused.status()).isEqualTo(400);
			assertThat(noScript.locator("#email-feedback")).hasText("Enter an email address.");
			noScript.getByLabel("Email").fill("säm@example.com");
			noScript.getByRole(AriaRole.BUTTON, named("Next")).click();
			assertThat(noScript.locator("#email-feedback")).containsText("outside plain ASCII");
			noScript.getByLabel("Email").fill(email);
			noScript.getByRole(AriaRole.BUTTON, named("Next")).click();
			noScript.getByLabel("First name").fill("Sam");
			noScript.getByRole(AriaRole.BUTTON, named("Next")).click();
			assertThat(noScript.locator("#lastName-feedback")).containsText("last name");
			assertThat(noScript.getByLabel("First name")).hasValue("Sam");
			noScript.getByLabel("Last name").fill("Smith");
			noScript.getByRole(AriaRole.BUTTON, named("Next")).click();
			noScript.getByRole(AriaRole.BUTTON, named("Next")).click();
			assertThat(noScript.locator("#groups-feedback")).hasText("Choose at least one group.");
			noScript.locator("#group-" + acme.administrators().id()).check();
			noScript.getByRole(AriaRole.BUTTON, named("Next")).click();
			noScript.getByRole(AriaRole.BUTTON, named("Send invitation")).click();
			assertThat(noScript.getByRole(AriaRole.HEADING, named("Sam Smith was invited"))).isVisible();
			assertThat(membersWithEmail(acme, email)).hasSize(1);
			assertThat(mailTo(email)).hasSize(1);
		}
		finally {
			plain.close();
		}
	}

	@Test
	void aGermanBrowserReadsTheServicesRefusalsInGerman() {
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Alex");
		Person kim = people.member(this, acme, "Kim");
		// Without JavaScript every sentence below comes from the server: the services'
		// refusals, resolved in the page's language.
		BrowserContext german = newContext(1440, 900, "de-DE", false);
		try {
			Page wizard = german.newPage();
			signIn(wizard, admin.email(), admin.password());
			wizard.navigate("/settings/users/new");
			wizard.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)).fill("säm@example.com");
			wizard.getByRole(AriaRole.BUTTON, named("Weiter")).click();
			assertThat(wizard.locator("#email-feedback"))
				.containsText("Die E-Mail-Adresse enthält Zeichen außerhalb von einfachem ASCII");
			wizard.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)).fill(kim.email());
			wizard.getByRole(AriaRole.BUTTON, named("Weiter")).click();
			assertThat(wizard.getByRole(AriaRole.ALERT))
				.containsText("Kim Tester (" + kim.email() + ") gehört bereits als " + kim.id() + " zu diesem Konto.");
			wizard.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)).fill(uniqueEmail("sam"));
			wizard.getByRole(AriaRole.BUTTON, named("Weiter")).click();
			wizard.getByLabel("Vorname", new Page.GetByLabelOptions().setExact(true)).fill("Sam");
			wizard.getByRole(AriaRole.BUTTON, named("Weiter")).click();
			assertThat(wizard.locator("#lastName-feedback")).hasText("Geben Sie einen Nachnamen ein.");
			wizard.getByLabel("Nachname", new Page.GetByLabelOptions().setExact(true)).fill("Smith");
			wizard.getByRole(AriaRole.BUTTON, named("Weiter")).click();
			wizard.getByRole(AriaRole.BUTTON, named("Weiter")).click();
			assertThat(wizard.locator("#groups-feedback")).hasText("Wählen Sie mindestens eine Gruppe.");
			assertThat(wizard.locator("main")).not().containsText("Choose");
		}
		finally {
			german.close();
		}
	}

	@Test
	void theWizardFitsA375PixelScreen() {
		context.close();
		context = newContext(375, 800, "en-US");
		page = context.newPage();
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Alex");
		signIn(admin);
		page.navigate("/settings/users/new");
		heading("Who do you want to invite?");
		page.getByLabel("Email").fill(uniqueEmail("narrow"));
		click("Next");
		page.getByLabel("First name").fill("Sam");
		page.getByLabel("Last name").fill("Smith");
		click("Next");
		page.locator("#group-" + acme.administrators().id()).check();
		click("Next");
		heading("Check and send the invitation");
		assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(375);
		assertAccessible();
		click("Send invitation");
		heading("Sam Smith was invited");
		assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(375);
		assertAccessible();
	}

}
