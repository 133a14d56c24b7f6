package dev.lobby.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * An integrator renames an account and chooses the language of its emails with the rule
 * of the Settings › Account page: refused input changes nothing, another account is not
 * found, and the change is audited.
 */
class AccountSettingsApiIntegrationTests extends LobbyIntegrationTestBase {

	static String href(TestAccount account) {
		return "/public/v1/accounts/accounts/" + account.id();
	}

	@Test
	void renamesTheAccountAndChoosesItsEmailLanguage() {
		TestAccount acme = accounts.client("Acme");

		Api.Response changed = api(acme).put(href(acme), Map.of("name", "  Acme GmbH ", "locale", "de"));

		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.at("/name")).isEqualTo("Acme GmbH");
		assertThat(changed.at("/locale")).isEqualTo("de");
		assertThat(api(acme).get(href(acme)).at("/name")).isEqualTo("Acme GmbH");
		assertThat(eventsOf(acme, acme.id())).containsOnlyOnce("lobby.account.settings.changed");

		// The same settings again change nothing, so nothing more is audited.
		assertThat(api(acme).put(href(acme), Map.of("name", "Acme GmbH", "locale", "de")).status()).isEqualTo(200);
		assertThat(eventsOf(acme, acme.id())).containsOnlyOnce("lobby.account.settings.changed");
	}

	@Test
	void refusedSettingsChangeNothingAndSayWhyInEnglish() {
		TestAccount acme = accounts.client("Acme");

		Api.Response refused = api(acme).put(href(acme), Map.of("name", "", "locale", "fr"));

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.at("/errors/name/0")).isEqualTo("Enter a name for the account.");
		assertThat(refused.at("/errors/locale/0"))
			.isEqualTo("Choose English (en) or German (de) for the account's emails.");
		assertThat(api(acme).get(href(acme)).at("/name")).isEqualTo(acme.account().name());

		Api.Response language = api(acme).put(href(acme), Map.of("name", "Acme", "locale", "fr"));
		assertThat(language.status()).isEqualTo(400);
		assertThat(language.at("/errors/locale/0"))
			.isEqualTo("Choose English (en) or German (de) for the account's emails.");
		assertThat(eventsOf(acme, acme.id())).doesNotContain("lobby.account.settings.changed");
	}

	@Test
	void anotherAccountIsNotFound() {
		TestAccount acme = accounts.client("Acme");
		TestAccount other = accounts.client("Other");

		Api.Response refused = api(acme).put(href(other), Map.of("name", "Taken over", "locale", "en"));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(api(other).get(href(other)).at("/name")).isEqualTo(other.account().name());
	}

}
