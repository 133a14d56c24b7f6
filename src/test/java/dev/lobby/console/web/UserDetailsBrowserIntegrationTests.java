package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › Users › one member in a real browser: the tabs General (with the grid's •••
 * menu), Groups, Details and Audit trail, by mouse and by keyboard, each change checked
 * against what the database then holds.
 */
class UserDetailsBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator tab(String name) {
		return page.getByRole(AriaRole.TAB, named(name));
	}

	Locator panel() {
		return page.locator(".tab-pane.active");
	}

	static String moment(Instant instant) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC)
			.format(instant);
	}

	/**
	 * Signs in an administrator and opens the member's page from the grid's User cell.
	 */
	void openDetailsOf(TestAccount account, Person member) {
		Person admin = people.member(this, account, "Alex");
		signIn(admin);
		page.navigate("/settings/users");
		page.locator("#users-grid tbody tr")
			.filter(new Locator.FilterOptions().setHasText(member.email()))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(member.name()).setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, named(member.name()))).isVisible();
	}

	String status(TestAccount account, Person member) {
		return api(account).get(account.users() + "/" + member.id()).at("/status");
	}

	@Test
	void generalShowsTheMemberAndItsMenuActsOnThem() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		openDetailsOf(acme, kim);

		assertThat(tab("General")).hasAttribute("aria-selected", "true");
		assertThat(panel()).containsText(kim.email());
		assertThat(panel()).containsText(kim.id());
		assertThat(panel()).containsText("Account Management");
		assertThat(page.locator("main .badge")).hasText("Active");
		assertAccessible();
		screenshot("user-details");

		page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester")).click();
		assertThat(page.locator(".dropdown-menu.show .dropdown-item"))
			.hasText(new String[] { "Edit", "Block", "Remove" });
		page.getByRole(AriaRole.BUTTON, named("Block")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Kim Tester was blocked: they can no longer sign in to this account.");
		assertThat(page).hasURL(Pattern.compile("/settings/users/" + kim.id() + "$"));
		assertThat(page.locator("main .badge")).hasText("Blocked");
		assertThat(status(acme, kim)).isEqualTo("Blocked");

		page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester")).click();
		page.getByRole(AriaRole.BUTTON, named("Unblock")).click();
		assertThat(page.locator("main .badge")).hasText("Active");
		assertThat(status(acme, kim)).isEqualTo("Active");

		page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester")).click();
		page.getByRole(AriaRole.BUTTON, named("Remove")).click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).containsText("Kim Tester (" + kim.email() + ")");
		assertAccessible();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Kim Tester was removed from the account. An email tells them.");
		assertThat(page.locator("main .badge")).hasText("Removed");
		assertThat(page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester"))).hasCount(0);
		assertThat(status(acme, kim)).isEqualTo("Disabled");
	}

	@Test
	void aChangeSomeoneElseMadeMeanwhileIsRefusedHereTooAndThePageThenActsOnTheNewVersion() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		String support = people.supportGroup(this, acme);
		openDetailsOf(acme, kim);
		assertThat(api(acme).put(acme.users() + "/" + kim.id() + "/groups", List.of(Map.of("id", support))).status())
			.isEqualTo(200);

		page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester")).click();
		page.getByRole(AriaRole.BUTTON, named("Block")).click();
		assertThat(page.getByRole(AriaRole.ALERT))
			.containsText("Account user " + kim.id() + " was changed since you read it");
		assertThat(page.locator("main .badge")).hasText("Active");
		assertThat(status(acme, kim)).isEqualTo("Active");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, named("Actions for Kim Tester")).click();
		page.getByRole(AriaRole.BUTTON, named("Block")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Kim Tester was blocked: they can no longer sign in to this account.");
		assertThat(status(acme, kim)).isEqualTo("Blocked");
	}

	@Test
	void copyLinkOnAnInvitedMembersPagePutsTheSharedLinkOnTheClipboard() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Api.Response invited = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		Person admin = people.member(this, acme, "Alex");
		signIn(admin);
		page.navigate("/settings/users/" + invited.at("/id"));
		assertThat(page.content()).doesNotContain(codeOf(invited.at("/invitation/url")));
		page.getByRole(AriaRole.BUTTON, named("Actions for Sam Smith")).click();
		page.getByRole(AriaRole.BUTTON, named("Copy invitation link")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The invitation link of Sam Smith is on the clipboard.");
		assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(invited.at("/invitation/url"));
	}

	@Test
	void groupsSavesTheChoiceAndRefusesToRemoveTheLastGroup() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		String support = people.supportGroup(this, acme);
		openDetailsOf(acme, kim);

		tab("Groups").click();
		assertThat(page).hasURL(Pattern.compile("tab=groups"));
		page.locator("#group-" + support).check();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The groups of Kim Tester were changed.");
		assertThat(tab("Groups")).hasAttribute("aria-selected", "true");
		assertThat(page.locator("#group-" + support)).isChecked();
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).json().get("groups")).hasSize(2);

		page.locator("#group-" + support).uncheck();
		page.locator("#group-" + acme.administrators().id()).uncheck();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choose at least one group.");
		assertThat(tab("Groups")).hasAttribute("aria-selected", "true");
		assertAccessible();
		assertThat(api(acme).get(acme.users() + "/" + kim.id()).json().get("groups")).hasSize(2);

		// The grid's old Edit address opens this tab.
		page.navigate("/settings/users/" + kim.id() + "/edit");
		assertThat(tab("Groups")).hasAttribute("aria-selected", "true");
	}

	@Test
	void detailsShowsTheMembersDatesInUtc() {
		TestAccount acme = accounts.client("Acme");
		Instant invitedAt = clock.instant();
		Person kim = people.member(this, acme, "Kim");
		clock.advance(Duration.ofDays(2));
		openDetailsOf(acme, kim);

		tab("Details").click();
		assertThat(panel().locator("[data-fact='details.created']")).hasText(moment(invitedAt));
		assertThat(panel().locator("[data-fact='details.invited']")).hasText(moment(invitedAt));
		assertThat(panel().locator("[data-fact='details.joined']")).hasText(moment(invitedAt));
		assertThat(panel().locator("[data-fact='details.expires']")).hasText("—");
		assertThat(panel().locator("[data-fact='details.lastSignIn']")).hasText("—");
		assertThat(panel().locator("[data-fact='details.invitedBy']"))
			.hasText("An administrator of " + acme.account().name());
		assertAccessible();
	}

	@Test
	void auditTrailListsTheMembersRecordsNewestFirstEachWithItsJson() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		people.block(this, acme, kim);
		openDetailsOf(acme, kim);

		tab("Audit trail").click();
		Locator records = panel().locator("li[data-record]");
		assertThat(records).hasCount(3);
		assertThat(records.nth(0)).containsText("lobby.account-user.blocked");
		assertThat(records.nth(1)).containsText("lobby.invitation.accepted");
		assertThat(records.nth(2)).containsText("lobby.invitation.sent");
		String id = records.nth(0).getAttribute("data-record");
		Locator json = records.nth(0).locator("pre");
		assertThat(json).isHidden();
		records.nth(0).getByText("Show JSON").click();
		assertThat(json).isVisible();
		assertThat(json).containsText("\"id\" : \"" + id + "\"");
		assertThat(json).containsText("\"eventKey\" : \"lobby.account-user.blocked\"");
		assertThat(json).containsText(kim.id());
		assertAccessible();
		List<String> trail = eventsOf(acme, kim.id());
		assertThat(trail).containsExactly("lobby.invitation.sent", "lobby.invitation.accepted",
				"lobby.account-user.blocked");
	}

	@Test
	void theTabsWorkWithTheKeyboardAndKeepTheirPlaceInTheUrl() {
		TestAccount acme = accounts.client("Acme");
		Person kim = people.member(this, acme, "Kim");
		openDetailsOf(acme, kim);

		tab("General").focus();
		page.keyboard().press("ArrowRight");
		assertThat(tab("Groups")).isFocused();
		assertThat(tab("Groups")).hasAttribute("aria-selected", "true");
		assertThat(page.locator("#panel-groups")).isVisible();
		page.keyboard().press("End");
		assertThat(tab("Audit trail")).isFocused();
		assertThat(page.locator("#panel-audit")).isVisible();
		assertThat(page).hasURL(Pattern.compile("tab=audit"));
		page.keyboard().press("Home");
		assertThat(tab("General")).isFocused();
		page.keyboard().press("ArrowLeft");
		assertThat(tab("Audit trail")).isFocused();
		// Tab leaves the tab list for the panel shown.
		page.keyboard().press("Tab");
		assertThat(page.locator("#panel-audit")).isFocused();

		page.reload();
		assertThat(tab("Audit trail")).hasAttribute("aria-selected", "true");
		assertThat(page.locator("#panel-audit")).isVisible();
		assertThat(page.locator("#panel-general")).isHidden();
		assertAccessible();
	}

}
