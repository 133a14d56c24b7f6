package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.mail.CaughtEmail;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › Account in a real browser: the account's name and the language of its
 * emails, saved and audited, and the next invitation email in that language.
 */
class AccountSettingsBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Map<String, Object> stored(TestAccount account) {
		return jdbc.sql("SELECT name, locale FROM accounts WHERE id = :id")
			.param("id", account.id())
			.query()
			.singleRow();
	}

	@Test
	void aGermanAccountsNextInvitationEmailIsGerman() {
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Alex");
		signIn(admin);
		page.navigate("/settings");
		page.getByRole(AriaRole.LINK, named("Open Account")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Account"))).isVisible();
		assertThat(page.getByLabel("Language of emails")).hasValue("en");
		assertAccessible();

		// A refusal is the service's sentence, and nothing changes.
		page.getByLabel("Name").fill("   ");
		page.getByLabel("Name").evaluate("input => input.removeAttribute('required')");
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
		assertThat(stored(acme).get("name")).isEqualTo(acme.account().name());

		page.getByLabel("Name").fill("Acme GmbH");
		page.getByLabel("Language of emails").selectOption("de");
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The settings of Acme GmbH were saved.");
		assertThat(page.getByLabel("Language of emails")).hasValue("de");
		assertThat(stored(acme)).containsEntry("name", "Acme GmbH").containsEntry("locale", "de");
		assertThat(eventsOf(acme, acme.id())).contains("lobby.account.settings.changed");
		assertThat(auditOf(acme, acme.id()).get(0).at("/details/after/locale").asString()).isEqualTo("de");
		// The pages still follow the person's own language.
		assertThat(page.getByRole(AriaRole.BUTTON, named("Save"))).isVisible();

		String email = uniqueEmail("sam");
		assertThat(api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id())).status())
			.isEqualTo(201);
		List<CaughtEmail> mails = mailTo(email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Sie sind eingeladen, Acme GmbH bei Lobby beizutreten");
		assertThat(mails.get(0).text()).contains("Hallo Sam");
	}

	@Test
	void aMemberWithoutAccountManagementGetsThe403Page() {
		TestAccount acme = accounts.client("Acme");
		Person pat = people.member(this, acme, "Pat", people.supportGroup(this, acme));
		signIn(pat);
		assertThat(page.navigate("/settings/account").status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("You may not open this page"))).isVisible();
	}

}
