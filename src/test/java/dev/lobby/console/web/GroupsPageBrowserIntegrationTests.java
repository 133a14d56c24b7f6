package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › Groups in a real browser: the list with its counts, create and edit with
 * module checkboxes, and delete as the group's own rule allows it, checked against what
 * the database then holds.
 */
class GroupsPageBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator row(String text) {
		return page.locator("#groups-table tbody tr").filter(new Locator.FilterOptions().setHasText(text));
	}

	void openGroups(TestAccount account) {
		Person admin = people.member(this, account, "Alex");
		signIn(admin);
		page.navigate("/settings");
		page.getByRole(AriaRole.LINK, named("Open Groups")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Groups"))).isVisible();
	}

	List<String> modulesOf(String groupId) {
		return jdbc.sql("SELECT module_id FROM user_group_modules WHERE group_id = :id ORDER BY module_id")
			.param("id", groupId)
			.query(String.class)
			.list();
	}

	String groupNamed(TestAccount account, String name) {
		return jdbc.sql("SELECT id FROM user_groups WHERE account_id = :account AND name = :name")
			.param("account", account.id())
			.param("name", name)
			.query(String.class)
			.optional()
			.orElse("");
	}

	@Test
	void anAdministratorCreatesEditsAndDeletesAGroup() {
		TestAccount acme = accounts.client("Acme");
		openGroups(acme);
		assertThat(row("Administrators")).containsText("Default");
		assertThat(row("Administrators").locator("td").nth(1)).hasText("1");
		assertThat(row("Administrators")).containsText("Account Management");

		page.getByRole(AriaRole.LINK, named("New group")).click();
		page.getByLabel("Name").fill("Billing team");
		page.getByLabel("Description (optional)").fill("Pays the invoices");
		page.getByLabel("Billing").check();
		page.getByLabel("Support").check();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, named("Create group")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The group Billing team was created.");
		assertThat(row("Billing team")).containsText("2 modules");
		assertThat(row("Billing team").locator("td").nth(1)).hasText("0");
		String id = groupNamed(acme, "Billing team");
		assertThat(modulesOf(id)).containsExactly("MOD-1003", "MOD-1005");
		assertThat(eventsOf(acme, id)).contains("lobby.group.created");

		page.getByRole(AriaRole.LINK, named("Edit Billing team")).click();
		page.getByLabel("Support").uncheck();
		page.getByLabel("Name").fill("Billing");
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The group Billing was saved.");
		assertThat(modulesOf(id)).containsExactly("MOD-1003");

		page.getByRole(AriaRole.BUTTON, named("Delete Billing")).click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).containsText("Delete the group Billing?");
		assertAccessible();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
		assertThat(dialog).isHidden();
		assertThat(groupNamed(acme, "Billing")).isEqualTo(id);

		page.getByRole(AriaRole.BUTTON, named("Delete Billing")).click();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The group Billing was deleted.");
		assertThat(row("Billing")).hasCount(0);
		assertThat(groupNamed(acme, "Billing")).isEmpty();
	}

	@Test
	void theRulesRefuseWhatTheyRefuseAndThePageSaysWhyBeforehand() {
		TestAccount acme = accounts.client("Acme");
		String support = people.supportGroup(this, acme);
		people.member(this, acme, "Pat", support);
		openGroups(acme);
		String supportName = jdbc.sql("SELECT name FROM user_groups WHERE id = :id")
			.param("id", support)
			.query(String.class)
			.single();

		Locator refused = row("Administrators").getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Delete Administrators"));
		assertThat(refused).isDisabled();
		row("Administrators").locator("[data-bs-toggle=tooltip]").hover();
		assertThat(page.getByRole(AriaRole.TOOLTIP))
			.hasText("\"Administrators\" is the account's default group, so it cannot be deleted.");
		assertThat(row(supportName).getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Delete")))
			.isDisabled();
		assertThat(row(supportName)).containsText("still has 1 member, so it cannot be deleted");
		assertAccessible();
		screenshot("settings-groups");
		page.mouse().move(0, 0);
		assertThat(page.getByRole(AriaRole.TOOLTIP)).hasCount(0);

		// The default group's modules are fixed: the boxes say so; name and description
		// change.
		page.getByRole(AriaRole.LINK, named("Edit Administrators")).click();
		assertThat(page.getByLabel("Account Management")).isDisabled();
		assertThat(page.getByLabel("Account Management")).isChecked();
		page.getByLabel("Description (optional)").fill("The people in charge");
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The group Administrators was saved.");
		assertThat(modulesOf(acme.administrators().id())).containsExactly("MOD-1001");

		// A refusal is the service's sentence, and nothing changes.
		page.getByRole(AriaRole.LINK, named("New group")).click();
		page.getByLabel("Name").fill("Empty");
		page.getByRole(AriaRole.BUTTON, named("Create group")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choose at least one module for the group.");
		assertThat(page.getByLabel("Name")).hasValue("Empty");
		assertThat(groupNamed(acme, "Empty")).isEmpty();
		assertAccessible();
	}

	@Test
	void aMemberWithoutAccountManagementGetsThe403PageAndAPhoneShowsTheList() {
		TestAccount acme = accounts.client("Acme");
		Person pat = people.member(this, acme, "Pat", people.supportGroup(this, acme));
		signIn(pat);
		Response refused = page.navigate("/settings/groups");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("You may not open this page"))).isVisible();
		assertThat(page.navigate("/settings/groups/new").status()).isEqualTo(403);

		Person alex = people.member(this, acme, "Alex");
		BrowserContext phone = newContext(375, 740, "en-US");
		Page small = phone.newPage();
		try {
			signIn(small, alex.email(), alex.password());
			small.navigate("/settings/groups");
			assertThat(small.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Groups").setExact(true)))
				.isVisible();
			assertThat(small.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing wider than the phone: " + small.evaluate(
						"Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth).filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') return false; } return true; }).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"))
				.isEqualTo(true);
			assertAccessible(small);
		}
		finally {
			phone.close();
		}
	}

}
