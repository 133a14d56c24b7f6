package dev.lobby.apitoken.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.lobby.account.AccountType;
import dev.lobby.platform.Actor;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * API tokens through the REST API, as an integrator manages them: the secret is shown
 * once and works, disabled and deleted tokens are refused, nobody grants more than they
 * hold, and other accounts' tokens stay invisible. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ApiTokensContract extends LobbyIntegrationTestBase {

	static final String TOKENS = "/public/v1/accounts/api-tokens";
	static final String BILLING = "MOD-1003";

	static Map<String, Object> token(String name, String... moduleIds) {
		return Map.of("name", name, "modules", List.of(moduleIds).stream().map(id -> Map.of("id", id)).toList());
	}

	Api.Response created(TestAccount account, String name) {
		Api.Response created = api(account).post(TOKENS, token(name, Actor.ACCOUNT_MANAGEMENT));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created;
	}

	@Test
	void theSecretIsShownOnceAndWorksAsABearerToken(CapturedOutput output) {
		TestAccount acme = accounts.client("Acme");
		Api.Response created = created(acme, "CI pipeline");
		String secret = created.at("/secret");

		assertThat(created.header("Location")).isEqualTo(created.at("/href"))
			.isEqualTo(TOKENS + "/" + created.at("/id"));
		assertThat(created.at("/id")).matches("TKN-\\d{4}-\\d{4}");
		assertThat(secret).startsWith("lobby_").hasSizeGreaterThan(40);
		assertThat(created.at("/name")).isEqualTo("CI pipeline");
		assertThat(created.at("/account/id")).isEqualTo(acme.id());
		assertThat(created.at("/account/name")).isEqualTo(acme.account().name());
		assertThat(created.at("/modules/0/name")).isEqualTo("Account Management");
		assertThat(created.json().get("enabled").asBoolean()).isTrue();
		assertThat(created.at("/createdBy/name")).isEqualTo("API token \"Test token\"");

		Instant usedAt = clock.instant();
		assertThat(anonymous().as(secret).get("/public/v1/accounts/user-groups").status()).isEqualTo(200);
		Api.Response shown = api(acme).get(created.at("/href"));
		assertThat(shown.status()).isEqualTo(200);
		assertThat(Instant.parse(shown.at("/lastUsedAt"))).isEqualTo(usedAt);
		Api.Response listed = api(acme).get(TOKENS);
		assertThat(listed.json().at("/$meta/pagination/total").asLong()).isEqualTo(2);
		for (Api.Response response : List.of(shown, listed, api(acme).get("/public/v1/audit/records?limit=100"))) {
			assertThat(response.text()).doesNotContain(secret).doesNotContain("\"secret\"").doesNotContain("hash");
		}
		assertThat(eventsOf(acme, created.at("/id"))).containsExactly("lobby.api-token.created");
		assertThat(output.getAll()).doesNotContain(secret);
	}

	@Test
	void aDisabledTokenGets401UntilEnabledAndADeletedTokenGets401ForGood() {
		TestAccount acme = accounts.client("Acme");
		Api.Response created = created(acme, "Nightly import");
		Api as = anonymous().as(created.at("/secret"));
		String href = created.at("/href");

		Api.Response disabled = api(acme).post(href + "/disable", null);
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		assertThat(as.get(TOKENS).status()).isEqualTo(401);
		assertThat(api(acme).post(href + "/disable", null).status()).as("already disabled").isEqualTo(409);

		assertThat(api(acme).post(href + "/enable", null).json().get("enabled").asBoolean()).isTrue();
		assertThat(as.get(TOKENS).status()).isEqualTo(200);

		assertThat(api(acme).delete(href).status()).isEqualTo(204);
		assertThat(as.get(TOKENS).status()).isEqualTo(401);
		assertThat(api(acme).get(href).status()).isEqualTo(404);
		assertThat(api(acme).delete(href).status()).isEqualTo(404);
		assertThat(eventsOf(acme, created.at("/id"))).containsExactly("lobby.api-token.created",
				"lobby.api-token.disabled", "lobby.api-token.enabled", "lobby.api-token.deleted");
	}

	@Test
	void aTokenCannotDisableOrDeleteItself() {
		TestAccount acme = accounts.client("Acme");
		Api.Response created = created(acme, "Self");
		Api self = anonymous().as(created.at("/secret"));

		Api.Response disable = self.post(created.at("/href") + "/disable", null);
		assertThat(disable.status()).isEqualTo(409);
		assertThat(disable.at("/detail")).contains("cannot disable itself");
		assertThat(self.delete(created.at("/href")).status()).isEqualTo(409);
		assertThat(self.get(TOKENS).status()).as("still works").isEqualTo(200);
	}

	@Test
	void anAccountManagerGrantsAnyKnownModule() {
		TestAccount acme = accounts.client("Acme");

		Api.Response granted = api(acme).post(TOKENS, token("Billing bot", BILLING));
		assertThat(granted.status()).isEqualTo(201);
		assertThat(granted.at("/modules/0/id")).isEqualTo(BILLING);
		Api.Response unknown = api(acme).post(TOKENS, token("Bot", "MOD-9999"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.at("/errors/modules/0")).contains("MOD-9999");
		assertThat(api(acme).post(TOKENS, token("Bot")).at("/errors/modules/0"))
			.isEqualTo("Choose one or more modules for the token.");
		assertThat(api(acme).post(TOKENS, token(" ", Actor.ACCOUNT_MANAGEMENT)).at("/errors/name/0")).isNotBlank();

		assertThat(anonymous().as(granted.at("/secret")).get(TOKENS).status()).as("Billing alone manages nothing")
			.isEqualTo(403);
		assertThat(api(acme).get(TOKENS).json().at("/$meta/pagination/total").asLong()).as("the test token and the bot")
			.isEqualTo(2);
	}

	@Test
	void otherAccountsTokensAreNotFoundAndATokenWithoutAccountManagementIsRefused() {
		TestAccount acme = accounts.client("Acme");
		TestAccount globex = accounts.client("Globex");
		String href = created(acme, "Acme CI").at("/href");

		assertThat(api(globex).get(href).status()).isEqualTo(404);
		assertThat(api(globex).post(href + "/disable", null).status()).isEqualTo(404);
		assertThat(api(globex).delete(href).status()).isEqualTo(404);
		Map<String, Object> forAcme = Map.of("name", "Sneaky", "modules",
				List.of(Map.of("id", Actor.ACCOUNT_MANAGEMENT)), "account", Map.of("id", acme.id()));
		Api.Response sneaky = api(globex).post(TOKENS, forAcme);
		assertThat(sneaky.status()).isEqualTo(404);
		assertThat(sneaky.at("/detail")).isEqualTo("Account " + acme.id() + " was not found.");
		assertThat(api(globex).get(TOKENS + "?account=" + acme.id()).status()).isEqualTo(404);
		assertThat(api(globex).get(TOKENS).text()).doesNotContain(acme.id());
		assertThat(api(acme).get(href).json().get("enabled").asBoolean()).as("untouched").isTrue();

		String limited = accounts.tokenWithout(acme, BILLING);
		assertThat(anonymous().as(limited).get(TOKENS).status()).isEqualTo(403);
		assertThat(anonymous().as(limited).get(href).status()).isEqualTo(403);
		assertThat(anonymous().as(limited).post(TOKENS, token("Bot", BILLING)).status()).isEqualTo(403);
		assertThat(anonymous().get(TOKENS).status()).isEqualTo(401);
	}

	@Test
	void theListIsFilteredAndSortedWithRqlAndRefusesWhatItCannotRead() {
		TestAccount acme = accounts.client("Acme");
		clock.advance(Duration.ofMinutes(1));
		String nightly = created(acme, "Nightly import").at("/id");
		clock.advance(Duration.ofMinutes(1));
		Api.Response billing = api(acme).post(TOKENS, token("Billing export", BILLING));
		assertThat(api(acme).post(TOKENS + "/" + nightly + "/disable", null).status()).isEqualTo(200);

		assertThat(tokenNames(acme, "")).containsExactly("Test token", "Nightly import", "Billing export");
		assertThat(tokenNames(acme, "?eq(name,Billing%20export)")).containsExactly("Billing export");
		assertThat(tokenNames(acme, "?ilike(name,*import*)")).containsExactly("Nightly import");
		assertThat(tokenNames(acme, "?eq(enabled,false)")).containsExactly("Nightly import");
		assertThat(tokenNames(acme, "?eq(modules.id," + BILLING + ")")).containsExactly("Billing export");
		assertThat(tokenNames(acme, "?eq(lastUsedAt,null())&order=-createdAt")).containsExactly("Billing export",
				"Nightly import");
		assertThat(tokenNames(acme, "?order=-name&limit=2")).containsExactly("Test token", "Nightly import");
		assertThat(tokenNames(acme, "?eq(createdAt," + billing.at("/createdAt") + ")"))
			.containsExactly("Billing export");
		assertThat(api(acme).get(TOKENS + "?limit=0").json().at("/$meta/pagination/total").asLong()).isEqualTo(3);

		for (String query : List.of("eq(colour,red)", "order=secret", "select=-modules", "limit=abc", "offset=abc",
				"limit=-5", "eq(enabled,maybe)")) {
			Api.Response refused = api(acme).get(TOKENS + "?" + query);
			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.at("/type")).as(query).isEqualTo("https://lobby.dev/problems/invalid-input");
			assertThat(refused.json().get("errors").isObject()).as(query).isTrue();
		}
	}

	@Test
	void theCreatedAtOfTheCreatingResponseIsTheOneEveryReadShowsAndAFilterFinds() {
		TestAccount acme = accounts.client("Acme");
		Instant second = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		clock.set(second.plusNanos(987_654_321));
		Api.Response created = created(acme, "Precise");
		clock.set(second.plusSeconds(1));
		String createdAt = created.at("/createdAt");

		assertThat(createdAt).as("microseconds, what the database keeps").endsWith(".987654Z");
		assertThat(api(acme).get(created.at("/href")).at("/createdAt")).isEqualTo(createdAt);
		assertThat(tokenNames(acme, "?eq(createdAt," + createdAt + ")")).containsExactly("Precise");
	}

	List<String> tokenNames(TestAccount account, String query) {
		Api.Response list = api(account).get(TOKENS + query);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().get("data").valueStream().map(token -> token.get("name").asString()).toList();
	}

	@Test
	void anOperatorManagesTheTokensOfAnyAccount() {
		TestAccount acme = accounts.client("Acme");
		TestAccount operator = accounts.create("Operator", AccountType.Operations, Set.of(Actor.ACCOUNT_MANAGEMENT));
		Map<String, Object> forAcme = Map.of("name", "Provisioned", "modules",
				List.of(Map.of("id", Actor.ACCOUNT_MANAGEMENT)), "account", Map.of("id", acme.id()));

		Api.Response created = api(operator).post(TOKENS, forAcme);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.at("/account/id")).isEqualTo(acme.id());
		assertThat(anonymous().as(created.at("/secret")).get("/public/v1/accounts/accounts").at("/data/0/id"))
			.isEqualTo(acme.id());
		assertThat(api(operator).get(TOKENS + "?account=" + acme.id()).json().at("/$meta/pagination/total").asLong())
			.isEqualTo(2);
		assertThat(api(operator).get(TOKENS).json().at("/$meta/pagination/total").asLong()).as("its own by default")
			.isEqualTo(1);
		assertThat(api(operator).get(TOKENS + "?account=" + acme.id() + "&eq(name,Provisioned)").at("/data/0/id"))
			.as("account picks the account, RQL filters its tokens")
			.isEqualTo(created.at("/id"));
		assertThat(api(acme).get(created.at("/href")).status()).as("the client sees it").isEqualTo(200);
		assertThat(api(operator).post(created.at("/href") + "/disable", null).status()).isEqualTo(200);
		assertThat(eventsOf(acme, created.at("/id"))).containsExactly("lobby.api-token.created",
				"lobby.api-token.disabled");
		Map<String, Object> nowhere = Map.of("name", "X", "modules", List.of(Map.of("id", Actor.ACCOUNT_MANAGEMENT)),
				"account", Map.of("id", "ACC-0000-0000"));
		assertThat(api(operator).post(TOKENS, nowhere).status()).isEqualTo(404);
	}

}
