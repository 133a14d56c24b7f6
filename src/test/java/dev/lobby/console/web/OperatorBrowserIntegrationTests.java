package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.account.AccountType;
import dev.lobby.platform.Actor;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * The operator's Accounts in a real browser: creating a client account with its first
 * administrator, and opening any account's Settings to act there as themselves.
 */
class OperatorBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Person operator() {
		TestAccount operations = accounts.create("Operations", AccountType.Operations,
				Set.of(Actor.ACCOUNT_MANAGEMENT));
		return people.member(this, operations, "Olga");
	}

	@Test
	void anOperatorCreatesAClientAccountWhoseFirstAdministratorIsInvited() {
		Person olga = operator();
		signIn(olga);
		page.navigate("/accounts");
		// Names sort first in the list, ahead of the other tests' accounts.
		String name = "Aardvark " + UUID.randomUUID().toString().substring(0, 8);
		String email = uniqueEmail("ada");

		page.getByLabel("Account name").fill(name);
		page.getByLabel("Email").fill("not an address");
		page.getByLabel("First name").fill("Ada");
		page.getByLabel("Last name").fill("Admin");
		page.getByRole(AriaRole.BUTTON, named("Create account and invite")).click();
		assertThat(page.locator("#email-error")).isVisible();
		assertThat(page.getByLabel("Account name")).hasValue(name);
		assertThat(accountsNamed(name)).as("nothing created").isZero();
		assertAccessible();

		page.getByLabel("Email").fill(email);
		page.getByRole(AriaRole.BUTTON, named("Create account and invite")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText(name + " was created; Ada Admin (" + email + ") was invited as its first administrator.");
		assertThat(accountsNamed(name)).isEqualTo(1);
		assertThat(mailTo(email)).hasSize(1);
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name))).hasCount(1);
		assertAccessible();
		screenshot("accounts");
	}

	@Test
	void anOperatorOpensAnotherAccountsSettingsAndActsThereAsThemselves() {
		Person olga = operator();
		TestAccount acme = accounts.client("Aardvark Acme " + UUID.randomUUID().toString().substring(0, 8));
		String email = uniqueEmail("sam");
		String samId = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()))
			.at("/id");
		signIn(olga);
		page.navigate("/accounts");

		page.getByRole(AriaRole.BUTTON, named("Open the Settings of " + acme.account().name())).click();
		assertThat(page).hasURL(Pattern.compile("/settings$"));
		assertThat(page.getByRole(AriaRole.NOTE))
			.containsText("You are in " + acme.account().name() + " as an operator");
		assertAccessible();
		page.navigate("/settings/users");
		page.waitForLoadState();
		Locator sam = page.locator("#users-grid tbody tr").filter(new Locator.FilterOptions().setHasText("Sam Smith"));
		assertThat(sam).hasCount(1);
		sam.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Actions for Sam Smith")).click();
		page.getByRole(AriaRole.BUTTON, named("Resend invitation link")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation sent again to " + email);
		assertThat(eventsOf(acme, samId)).contains("lobby.invitation.resent");
		assertThat(jdbc.sql("""
				SELECT actor_id FROM audit_records
				WHERE account_id = :account AND object_id = :member AND event_key = 'lobby.invitation.resent'""")
			.param("account", acme.id())
			.param("member", samId)
			.query(String.class)
			.single()).as("recorded under the operator's own name").isEqualTo(userIdOf(olga));
		screenshot("operator-visiting");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Back to Operations")))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Accounts"))).isVisible();
		assertThat(page.getByRole(AriaRole.NOTE)).hasCount(0);
	}

	@Test
	void someoneWhoIsNoOperatorCannotChooseAnotherAccount() {
		TestAccount acme = accounts.client("Acme");
		TestAccount globex = accounts.client("Globex");
		Person kim = people.member(this, acme, "Kim");
		signIn(kim);
		assertThat(page.getByRole(AriaRole.HEADING, named("Welcome, Kim Tester"))).isVisible();
		// A forged choice of an account Kim is no member of, with a valid CSRF token.
		page.evaluate("""
				id => {
				  const form = document.createElement('form');
				  form.method = 'post';
				  form.action = '/account';
				  for (const [name, value] of [['accountId', id], ['next', '/settings/users'],
				      ['_csrf', document.querySelector('meta[name="_csrf"]').content]]) {
				    const input = document.createElement('input');
				    input.type = 'hidden';
				    input.name = name;
				    input.value = value;
				    form.appendChild(input);
				  }
				  document.body.appendChild(form);
				  form.submit();
				}""", globex.id());
		page.waitForURL("**/settings/users");
		assertThat(page.locator(".account-name").first()).hasText(acme.account().name());
		assertThat(page.locator("#users-grid")).containsText("Kim Tester");
		assertThat(page.locator("#users-grid")).not().containsText(globex.account().name());
	}

	private long accountsNamed(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private String userIdOf(Person person) {
		return jdbc.sql("SELECT id FROM users WHERE email_key = LOWER(:email)")
			.param("email", person.email())
			.query(String.class)
			.single();
	}

}
