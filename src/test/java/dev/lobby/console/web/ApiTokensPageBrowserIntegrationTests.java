package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › API tokens in a real browser: a token created with its secret shown once,
 * which then works against the REST API; disabled (401), enabled, deleted.
 */
class ApiTokensPageBrowserIntegrationTests extends BrowserTestBase {

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator row(String text) {
		return page.locator("#tokens-table tbody tr").filter(new Locator.FilterOptions().setHasText(text));
	}

	int status(String secret) {
		return new Api(port, secret).get("/public/v1/audit/records?limit=1").status();
	}

	@Test
	void aTokenIsCreatedWithItsSecretShownOnceThenDisabledEnabledAndDeleted() {
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Alex");
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		signIn(admin);
		page.navigate("/settings");
		page.getByRole(AriaRole.LINK, named("Open API tokens")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("API tokens"))).isVisible();

		// A refusal is the service's sentence.
		page.getByLabel("Name").fill("CI script");
		page.getByRole(AriaRole.BUTTON, named("Create token")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choose one or more modules for the token.");
		assertThat(page.getByLabel("Name")).hasValue("CI script");

		page.getByLabel("Account Management").check();
		Response created = page.waitForResponse(r -> r.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.BUTTON, named("Create token")).click());
		assertThat(created.headers().get("cache-control")).contains("no-store");
		assertThat(page.getByRole(AriaRole.HEADING, named("Your new API token"))).isVisible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("it is shown this once");
		String secret = page.getByLabel("Secret").inputValue();
		assertThat(secret).startsWith("lobby_");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, named("Copy")).click();
		assertThat(page.locator("#secret-copied")).hasText("The secret is on the clipboard.");
		assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(secret);
		String id = jdbc.sql("SELECT id FROM api_tokens WHERE account_id = :account AND name = 'CI script'")
			.param("account", acme.id())
			.query(String.class)
			.single();
		assertThat(status(secret)).as("the secret works against the REST API").isEqualTo(200);

		page.getByRole(AriaRole.LINK, named("Done")).click();
		assertThat(page.content()).as("the secret is shown once").doesNotContain(secret);
		assertThat(row("CI script")).containsText(id);
		assertThat(row("CI script")).containsText("Account Management");
		assertThat(row("CI script").locator(".badge")).hasText("Enabled");
		assertAccessible();
		screenshot("settings-api-tokens");

		page.getByRole(AriaRole.BUTTON, named("Disable CI script")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The API token CI script was disabled");
		assertThat(row("CI script").locator(".badge")).hasText("Disabled");
		assertThat(status(secret)).isEqualTo(401);

		page.getByRole(AriaRole.BUTTON, named("Enable CI script")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The API token CI script was enabled.");
		assertThat(status(secret)).isEqualTo(200);

		page.getByRole(AriaRole.BUTTON, named("Delete CI script")).click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).containsText("Delete the API token CI script?");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The API token CI script was deleted.");
		assertThat(row("CI script")).hasCount(0);
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE id = :id").param("id", id).query(Long.class).single())
			.isZero();
		assertThat(status(secret)).isEqualTo(401);
		assertThat(eventsOf(acme, id)).containsExactly("lobby.api-token.created", "lobby.api-token.disabled",
				"lobby.api-token.enabled", "lobby.api-token.deleted");
	}

	@Test
	void aMemberWithoutAccountManagementGetsThe403Page() {
		TestAccount acme = accounts.client("Acme");
		Person pat = people.member(this, acme, "Pat", people.supportGroup(this, acme));
		signIn(pat);
		assertThat(page.navigate("/settings/api-tokens").status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("You may not open this page"))).isVisible();
	}

}
