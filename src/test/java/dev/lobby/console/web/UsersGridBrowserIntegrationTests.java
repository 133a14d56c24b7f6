package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.mail.CaughtEmail;
import dev.lobby.support.Api;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › Users in a real browser: the grid, its state in the URL, and the actions of
 * the ••• menu, each checked against what the database and the mailbox then hold.
 */
class UsersGridBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator.GetByRoleOptions within(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator row(String text) {
		return page.locator("#users-grid tbody tr").filter(new Locator.FilterOptions().setHasText(text));
	}

	/** An administrator of a fresh account, signed in on the Users page. */
	Person openUsers(TestAccount account) {
		Person admin = people.member(this, account, "Alex");
		signIn(admin);
		page.navigate("/settings");
		page.getByRole(AriaRole.LINK, named("Open Users")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Users"))).isVisible();
		// htmx and Lobby's script are deferred: the grid reacts once the page has loaded.
		page.waitForLoadState();
		return admin;
	}

	Api.Response invite(TestAccount account, String email, String first) {
		Api.Response invited = api(account).post(account.users(),
				invite(email, first, "Smith", account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		return invited;
	}

	void openMenuOf(String name) {
		page.getByRole(AriaRole.BUTTON, named("Actions for " + name)).click();
	}

	List<String> menuOf(String name) {
		openMenuOf(name);
		Locator menu = page.locator(".dropdown-menu.show");
		assertThat(menu).isVisible();
		List<String> items = menu.locator(".dropdown-item").allInnerTexts().stream().map(String::strip).toList();
		page.keyboard().press("Escape");
		return items;
	}

	@Test
	void theGridShowsEachMemberWithWhatTheirStateAllows() {
		TestAccount acme = accounts.client("Acme");
		invite(acme, uniqueEmail("sam"), "Sam");
		Person kim = people.member(this, acme, "Kim");
		Person bo = people.member(this, acme, "Bo");
		people.block(this, acme, bo);
		openUsers(acme);

		assertThat(page.locator("#users-summary")).hasText("1–4 of 4 users");
		assertThat(row("Sam Smith").locator(".badge")).hasText("Invited");
		assertThat(row("Sam Smith")).containsText("expires in 7 days");
		assertThat(row("Kim Tester").locator(".badge")).hasText("Active");
		assertThat(row("Kim Tester")).containsText(kim.id());
		assertThat(row("Kim Tester")).containsText("Administrators");
		assertThat(row("Kim Tester")).containsText("Account Management");
		assertThat(row("Bo Tester").locator(".badge")).hasText("Blocked");

		assertThat(menuOf("Sam Smith")).containsExactly("Edit", "Resend invitation link", "Copy invitation link",
				"Remove");
		assertThat(menuOf("Kim Tester")).containsExactly("Edit", "Block", "Remove");
		assertThat(menuOf("Bo Tester")).containsExactly("Edit", "Unblock", "Remove");
		// Not for your own row: Block and Remove.
		assertThat(menuOf("Alex Tester")).containsExactly("Edit");
		assertAccessible();
		openMenuOf("Sam Smith");
		assertAccessible();
		screenshot("users-grid-actions");
	}

	@Test
	void resendSaysSoAndEmailsTheSameLinkAgain() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Api.Response invited = invite(acme, email, "Sam");
		String firstLink = emailedLinkFor(email, invited.at("/invitation/url"));
		openUsers(acme);
		clock.advance(Duration.ofDays(2));

		openMenuOf("Sam Smith");
		page.getByRole(AriaRole.BUTTON, named("Resend invitation link")).click();
		String expiry = day(clock.instant().plus(Duration.ofDays(7)));
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Invitation sent again to " + email + ". It now expires on " + expiry + ".");
		assertThat(row("Sam Smith")).containsText("expires in 7 days");
		assertAccessible();
		List<CaughtEmail> mails = mailTo(email);
		assertThat(mails).hasSize(2);
		assertThat(invitationLinkIn(mails.get(1))).as("the same link again").isEqualTo(firstLink);
		assertThat(eventsOf(acme, invited.at("/id"))).contains("lobby.invitation.resent");
	}

	@Test
	void copyLinkPutsTheLinkOnTheClipboardWithoutItEverBeingInTheGrid() {
		TestAccount acme = accounts.client("Acme");
		Api.Response invited = invite(acme, uniqueEmail("sam"), "Sam");
		String shared = invited.at("/invitation/url");
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		openUsers(acme);
		assertThat(page.content()).doesNotContain(codeOf(shared));

		openMenuOf("Sam Smith");
		page.getByRole(AriaRole.BUTTON, named("Copy invitation link")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation link of Sam Smith is on the clipboard.");
		assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(shared);
		assertThat(page.content()).doesNotContain(codeOf(shared));
		assertThat(eventsOf(acme, invited.at("/id"))).contains("lobby.invitation.link-copied");
	}

	@Test
	void blockAndUnblockChangeTheRowAndItsMenu() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		openUsers(acme);

		openMenuOf("Kim Tester");
		page.getByRole(AriaRole.BUTTON, named("Block")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Kim Tester was blocked: they can no longer sign in to this account.");
		assertThat(row("Kim Tester").locator(".badge")).hasText("Blocked");
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).at("/status")).isEqualTo("Blocked");

		openMenuOf("Kim Tester");
		page.getByRole(AriaRole.BUTTON, named("Unblock")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kim Tester was unblocked.");
		assertThat(row("Kim Tester").locator(".badge")).hasText("Active");
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).at("/status")).isEqualTo("Active");
	}

	@Test
	void removeAsksFirstNamingThePersonThenEmailsThem() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		openUsers(acme);

		openMenuOf("Kim Tester");
		page.getByRole(AriaRole.BUTTON, named("Remove")).click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).isVisible();
		assertThat(dialog).containsText("Kim Tester (" + kim.email() + ")");
		assertThat(dialog)
			.containsText("They lose access to " + acme.account().name() + " at once, an email tells them");
		assertAccessible();
		screenshot("users-remove-dialog");
		dialog.getByRole(AriaRole.BUTTON, within("Cancel")).click();
		assertThat(dialog).isHidden();
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).at("/status")).isEqualTo("Active");

		openMenuOf("Kim Tester");
		page.getByRole(AriaRole.BUTTON, named("Remove")).click();
		dialog.getByRole(AriaRole.BUTTON, within("Remove")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Kim Tester was removed from the account. An email tells them.");
		assertThat(dialog).isHidden();
		assertThat(row("Kim Tester")).hasCount(0);
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).at("/status")).isEqualTo("Disabled");
		assertThat(mailTo(kim.email())).anyMatch(mail -> mail.subject().contains("You were removed from"));

		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("Disabled");
		assertThat(row("Kim Tester").locator(".badge")).hasText("Removed");
		assertThat(page).hasURL(Pattern.compile("status=Disabled"));
	}

	@Test
	void anExpiredInvitationGetsANewLinkAndTheOldOneSaysItWasReplaced() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Api.Response invited = invite(acme, email, "Sam");
		String oldLink = emailedLinkFor(email, invited.at("/invitation/url"));
		clock.advance(Duration.ofDays(7).plusHours(1));
		openUsers(acme);

		assertThat(row("Sam Smith").locator(".badge")).hasText("Invitation expired");
		assertThat(menuOf("Sam Smith")).containsExactly("Edit", "Send new invitation", "Remove");
		openMenuOf("Sam Smith");
		page.getByRole(AriaRole.BUTTON, named("Send new invitation")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("A new invitation was sent to " + email + ". It expires on "
				+ day(clock.instant().plus(Duration.ofDays(7))) + ".");
		assertThat(row("Sam Smith").locator(".badge")).hasText("Invited");

		page.navigate(oldLink.replace("http://lobby.test", ""));
		assertThat(page.getByRole(AriaRole.HEADING, named("This link was replaced"))).isVisible();
		assertAccessible();
	}

	@Test
	void aChangeSomeoneElseMadeMeanwhileIsRefusedWithTheServicesSentenceAndTheRowRefreshed() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		openUsers(acme);
		people.block(this, acme, kim);

		openMenuOf("Kim Tester");
		page.getByRole(AriaRole.BUTTON, named("Block")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Account user " + kim.id());
		assertThat(row("Kim Tester").locator(".badge")).hasText("Blocked");
		assertAccessible();
	}

	@Test
	void searchFilterSortAndPagesLiveInTheUrlAndWorkWithoutJavaScript() {
		TestAccount acme = accounts.client("Acme");
		people.enrolMany(acme, "Member", "Many", 120);
		openUsers(acme);
		assertThat(page.locator("#users-summary")).hasText("1–10 of 121 users");
		assertThat(page.locator("#users-grid tbody tr")).hasCount(10);

		page.getByLabel("Rows").selectOption("25");
		assertThat(page.locator("#users-grid tbody tr")).hasCount(25);
		assertThat(page).hasURL(Pattern.compile("size=25"));

		page.getByRole(AriaRole.LINK, named("Email")).click();
		assertThat(page).hasURL(Pattern.compile("sort=email"));
		assertThat(page.locator("#users-grid tbody tr").first()).containsText("alex");
		page.getByRole(AriaRole.LINK, named("Email")).click();
		assertThat(page).hasURL(Pattern.compile("sort=email&dir=desc"));
		assertThat(page.locator("#users-grid tbody tr").first()).containsText("member120");
		assertThat(page.locator("th[aria-sort=descending]")).containsText("Email");

		page.getByRole(AriaRole.LINK, named("Next")).click();
		assertThat(page.locator("#users-summary")).hasText("26–50 of 121 users");
		assertThat(page.locator("#users-grid tbody tr").first()).containsText("member095");
		String paged = page.url();

		page.getByLabel("Search").fill("member11");
		assertThat(page.locator("#users-summary")).hasText("1–10 of 10 users");
		assertThat(page).hasURL(Pattern.compile("q=member11"));
		assertThat(page).hasURL(Pattern.compile("sort=email&dir=desc"));
		assertAccessible();
		screenshot("users-grid");

		page.getByLabel("Search").fill("nobody at all");
		assertThat(page.getByText("No users match these filters")).isVisible();
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Clear filters")).click();
		assertThat(page.locator("#users-summary")).hasText("1–10 of 121 users");

		page.goBack();
		assertThat(page).hasURL(Pattern.compile("q=nobody"));
		page.navigate(paged);
		assertThat(page.locator("#users-summary")).hasText("26–50 of 121 users");

		BrowserContext plain = newContext(1440, 900, "en-US", false);
		try {
			Page noScript = plain.newPage();
			Person admin = people.member(this, acme, "Nora");
			signIn(noScript, admin.email(), admin.password());
			noScript.navigate(paged);
			assertThat(noScript.locator("#users-summary")).hasText("26–50 of 122 users");
			// Nora's address now comes first, so the second page starts one later.
			assertThat(noScript.locator("#users-grid tbody tr").first()).containsText("member096");
			noScript.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("Blocked");
			noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(noScript.getByText("No users match these filters")).isVisible();
		}
		finally {
			plain.close();
		}
	}

	@Test
	void hiddenColumnsStayHiddenAfterSigningInAgainWhileTheUrlRestoresTheRest() {
		TestAccount acme = accounts.client("Acme");
		people.enrolMany(acme, "Member", "Many", 120);
		Person admin = openUsers(acme);
		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("Active");
		assertThat(page).hasURL(Pattern.compile("status=Active"));
		page.getByRole(AriaRole.LINK, named("Email")).click();
		assertThat(page).hasURL(Pattern.compile("status=Active&sort=email"));
		page.getByRole(AriaRole.LINK, named("Next")).click();
		assertThat(page.locator("#users-summary")).hasText("11–20 of 121 users");
		String state = page.url();

		page.getByText("Columns", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Show column Modules").uncheck();
		page.getByLabel("Show column Last sign-in").uncheck();
		assertThat(page.locator("#users-grid th:has-text('Last sign-in')")).hasCount(0);
		assertThat(page.locator("#users-grid th:has-text('Modules')")).hasCount(0);
		assertThat(page.locator("#users-grid th:has-text('Groups')")).hasCount(1);
		assertThat(page.locator("#users-grid tbody tr").first().locator("td")).hasCount(6);
		// The rest of the grid's state is untouched by the choice.
		assertThat(page.locator("#users-summary")).hasText("11–20 of 121 users");
		assertThat(page).hasURL(state);
		assertAccessible();
		assertThat(jdbc.sql("""
				SELECT s.setting_value FROM user_settings s JOIN users u ON u.id = s.user_id
				WHERE u.email_key = LOWER(:email) AND s.name = :name""")
			.param("email", admin.email())
			.param("name", "users.grid.hidden-columns")
			.query(String.class)
			.single()).isEqualTo("lastSignIn,modules");

		BrowserContext again = newContext(1440, 900, "en-US");
		try {
			Page later = again.newPage();
			signIn(later, admin.email(), admin.password());
			later.navigate(state);
			assertThat(later.locator("#users-summary")).hasText("11–20 of 121 users");
			assertThat(later.locator("th[aria-sort=ascending]")).containsText("Email");
			assertThat(later.locator("#status")).hasValue("Active");
			assertThat(later.locator("#users-grid th:has-text('Modules')")).hasCount(0);
			assertThat(later.locator("#users-grid th:has-text('Last sign-in')")).hasCount(0);
		}
		finally {
			again.close();
		}

		// Without JavaScript the same choice is a form with a Save button.
		BrowserContext plain = newContext(1440, 900, "en-US", false);
		try {
			Page noScript = plain.newPage();
			signIn(noScript, admin.email(), admin.password());
			noScript.navigate(state);
			noScript.getByText("Columns", new Page.GetByTextOptions().setExact(true)).click();
			noScript.getByLabel("Show column Modules").check();
			noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save columns")).click();
			assertThat(noScript.locator("#users-summary")).hasText("11–20 of 121 users");
			assertThat(noScript.locator("#users-grid th:has-text('Modules')")).hasCount(1);
			assertThat(noScript.locator("#users-grid th:has-text('Last sign-in')")).hasCount(0);
		}
		finally {
			plain.close();
		}
	}

	@Test
	void theActionsMenuWorksWithTheKeyboardAlone() {
		TestAccount acme = accounts.client("Acme");
		people.member(this, acme, "Kim");
		openUsers(acme);

		page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator(".dropdown-menu.show")).isVisible();
		page.keyboard().press("ArrowDown");
		assertThat(page.getByRole(AriaRole.LINK, named("Edit"))).isFocused();
		page.keyboard().press("ArrowDown");
		assertThat(page.getByRole(AriaRole.BUTTON, named("Block"))).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Kim Tester was blocked: they can no longer sign in to this account.");
	}

	@Test
	void editOpensTheMembersGroupsTabAndTheUserCellTheirPage() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		String support = people.supportGroup(this, acme);
		openUsers(acme);
		page.getByLabel("Rows").selectOption("25");
		assertThat(page).hasURL(Pattern.compile("size=25"));

		openMenuOf("Kim Tester");
		page.getByRole(AriaRole.LINK, named("Edit")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Kim Tester"))).isVisible();
		assertThat(page.getByRole(AriaRole.TAB, named("Groups"))).hasAttribute("aria-selected", "true");
		page.locator("#group-" + support).check();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The groups of Kim Tester were changed.");
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).json().get("groups")).hasSize(2);

		// The breadcrumb goes back to the grid as it was.
		page.getByRole(AriaRole.LINK, named("Users")).click();
		assertThat(page).hasURL(Pattern.compile("/settings/users\\?size=25$"));
		assertThat(row("Kim Tester")).containsText("2 groups");

		row("Kim Tester").getByRole(AriaRole.LINK, within("Kim Tester")).click();
		assertThat(page).hasURL(Pattern.compile("/settings/users/" + kim.id() + "\\?back=size%3D25$"));
		assertThat(page.getByRole(AriaRole.TAB, named("General"))).hasAttribute("aria-selected", "true");
		assertThat(page.getByRole(AriaRole.TABPANEL)).containsText(kim.id());
	}

	@Test
	void aMemberWithoutAccountManagementGetsTheForbiddenPage() {
		TestAccount acme = accounts.client("Acme");
		Person pat = people.member(this, acme, "Pat", people.supportGroup(this, acme));
		signIn(pat);
		assertThat(page.navigate("/settings/users").status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("You may not open this page"))).isVisible();
	}

}
