package dev.lobby.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lobby.account.AccountType;
import dev.lobby.platform.Actor;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The account list as an operator's script reads it: RQL filters and orders on id, name, type and
 * creation time, a client sees only its own account, and what RQL cannot read is a 400 problem,
 * never ignored. Runs on H2 and on PostgreSQL.
 */
abstract class AccountListContract extends LobbyIntegrationTestBase {

	static final String ACCOUNTS = "/public/v1/accounts/accounts";

	@Test
	void anOperatorFiltersAndSortsEveryAccountWithRql() {
		String tag = Long.toString(System.nanoTime());
		TestAccount operator = accounts.create("Operator " + tag, AccountType.Operations, Set.of(Actor.ACCOUNT_MANAGEMENT));
		clock.advance(Duration.ofMinutes(1));
		TestAccount initech = accounts.client("Initech " + tag);
		clock.advance(Duration.ofMinutes(1));
		TestAccount globex = accounts.client("Globex " + tag);
		Api api = api(operator);

		assertThat(ids(api, "?eq(name," + initech.account().name().replace(" ", "%20") + ")")).containsExactly(initech.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)")).containsExactly(operator.id(), initech.id(), globex.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)&order=-audit.created.at"))
			.containsExactly(globex.id(), initech.id(), operator.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)&eq(type,Client)&order=+name"))
			.containsExactly(globex.id(), initech.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)&type=Operations")).containsExactly(operator.id());
		assertThat(ids(api, "?in(id," + initech.id() + "," + globex.id() + ")&order=-name&limit=1"))
			.containsExactly(initech.id());
		String createdAt = api.get(ACCOUNTS + "/" + globex.id()).at("/createdAt");
		assertThat(ids(api, "?eq(audit.created.at," + createdAt + ")&ilike(name,*" + tag + "*)")).containsExactly(globex.id());
		assertThat(api.get(ACCOUNTS + "?ilike(name,*" + tag + "*)&limit=0").json().at("/$meta/pagination/total").asLong())
			.isEqualTo(3);
	}

	@Test
	void aClientSeesOnlyItsOwnAccountWhateverItAsksFor() {
		TestAccount acme = accounts.client("Acme");
		TestAccount other = accounts.client("Other");

		assertThat(ids(api(acme), "")).containsExactly(acme.id());
		assertThat(ids(api(acme), "?eq(id," + other.id() + ")")).isEmpty();
		assertThat(ids(api(acme), "?eq(name,Initech)")).as("a filter that matches nothing filters").isEmpty();
	}

	@Test
	void whatRqlCannotReadIsRefusedWithTheSameProblemAsANegativeLimit() {
		TestAccount acme = accounts.client("Acme");
		for (String query : List.of("limit=abc", "offset=abc", "limit=-5", "offset=-1", "eq(colour,red)",
				"eq(type,Partner)", "order=locale", "select=-name", "lt(audit.created.at,yesterday)")) {
			Api.Response refused = api(acme).get(ACCOUNTS + "?" + query);
			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.at("/type")).as(query).isEqualTo("https://lobby.dev/problems/invalid-input");
			assertThat(refused.at("/title")).as(query).isEqualTo("Invalid input");
			assertThat(refused.json().get("errors").isObject()).as(query).isTrue();
		}
		assertThat(api(acme).get(ACCOUNTS + "?limit=abc").json().at("/errors/limit/0").asString())
			.contains("limit must be a whole number");
	}

	static List<String> ids(Api api, String query) {
		Api.Response list = api.get(ACCOUNTS + query);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().get("data").valueStream().map(account -> account.get("id").asString()).toList();
	}
}
