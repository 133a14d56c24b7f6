package dev.lobby.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.lobby.account.AccountType;
import dev.lobby.mail.CaughtEmail;
import dev.lobby.platform.Actor;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Creating client accounts over the API: only operators may, the first administrator is
 * invited into the default group and can accept, a retry creates nothing twice, and a
 * refusal creates nothing at all. And the account list as an operator's script reads it:
 * RQL on id, name, type and creation time, a client sees only its own account, and what
 * RQL cannot read is a 400, never ignored. Runs on H2 and on PostgreSQL.
 */
abstract class AccountOnboardingContract extends LobbyIntegrationTestBase {

	static final String ACCOUNTS = "/public/v1/accounts/accounts";
	static final Pattern LINK = Pattern.compile("http://lobby\\.test/invitations/\\S+");

	static Map<String, Object> newAccount(String name, String email) {
		return Map.of("name", name, "administrator", Map.of("email", email, "firstName", "Ada", "lastName", "Admin"));
	}

	TestAccount operator() {
		return accounts.create("Operator", AccountType.Operations, Set.of(Actor.ACCOUNT_MANAGEMENT));
	}

	long accountsSeenBy(TestAccount operator) {
		return api(operator).get(ACCOUNTS + "?limit=0").json().at("/$meta/pagination/total").asLong();
	}

	@Test
	void onlyOperatorTokensWithAccountManagementCreateAccounts() {
		TestAccount acme = accounts.client("Acme");
		Api.Response refused = api(acme).post(ACCOUNTS, newAccount("Initech", uniqueEmail("ada")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.at("/detail")).contains("operator");

		TestAccount operator = operator();
		String billingOnly = accounts.tokenWithout(operator, "MOD-1003");
		assertThat(anonymous().as(billingOnly).post(ACCOUNTS, newAccount("Initech", uniqueEmail("ada"))).status())
			.isEqualTo(403);
		assertThat(anonymous().post(ACCOUNTS, newAccount("Initech", uniqueEmail("ada"))).status()).isEqualTo(401);
	}

	@Test
	void anOperatorCreatesAnAccountWhoseAdministratorIsInvitedAndJoins() {
		TestAccount operator = operator();
		String email = uniqueEmail("ada");

		Api.Response created = api(operator).post(ACCOUNTS, newAccount("  Initech  ", email));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String accountId = created.at("/id");
		assertThat(created.header("Location")).isEqualTo(ACCOUNTS + "/" + accountId);
		assertThat(created.at("/name")).isEqualTo("Initech");
		assertThat(created.at("/type")).isEqualTo("Client");
		assertThat(created.header("Idempotent-Replayed")).isEqualTo("false");
		Api.Response shown = api(operator).get(ACCOUNTS + "/" + accountId);
		assertThat(shown.json().properties()).hasSize(6)
			.allSatisfy(field -> assertThat(created.json().get(field.getKey())).isEqualTo(field.getValue()));

		Api.Response administrator = api(operator).get(created.at("/administrator/href"));
		assertThat(administrator.status()).isEqualTo(200);
		assertThat(administrator.at("/status")).isEqualTo("Invited");
		assertThat(administrator.at("/groups/0/name")).isEqualTo("Administrators");
		assertThat(administrator.at("/modules/0/name")).isEqualTo("Account Management");

		List<CaughtEmail> mails = mailTo(email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).contains("Initech");
		Matcher link = LINK.matcher(mails.get(0).text());
		assertThat(link.find()).isTrue();
		Api.Response accepted = anonymous().post("/public/v1/invitations/" + codeOf(link.group()) + "/accept",
				Map.of("firstName", "Ada", "lastName", "Admin", "password", "Str0ng!Pass"));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.at("/status")).isEqualTo("Active");
		assertThat(accepted.at("/account/id")).isEqualTo(accountId);
		assertThat(accepted.at("/groups/0/name")).isEqualTo("Administrators");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyCreatesOneAccount() {
		TestAccount operator = operator();
		long before = accountsSeenBy(operator);
		String email = uniqueEmail("ada");
		Map<String, String> key = Map.of("Idempotency-Key", "onboard-initech-1");

		Api.Response first = api(operator).send("POST", ACCOUNTS, newAccount("Initech", email), key);
		Api.Response retry = api(operator).send("POST", ACCOUNTS, newAccount("Initech", email), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.at("/id")).isEqualTo(first.at("/id"));
		assertThat(retry.at("/administrator/id")).isEqualTo(first.at("/administrator/id"));
		assertThat(accountsSeenBy(operator)).isEqualTo(before + 1);
		assertThat(mailTo(email)).hasSize(1);
		Api.Response other = api(operator).send("POST", ACCOUNTS, newAccount("Other", uniqueEmail("o")), key);
		assertThat(other.status()).isEqualTo(422);
		assertThat(accountsSeenBy(operator)).isEqualTo(before + 1);
	}

	@Test
	void aRefusedCreationCreatesNothing() {
		TestAccount operator = operator();
		long before = accountsSeenBy(operator);

		Api.Response badEmail = api(operator).post(ACCOUNTS, newAccount("Initech", "not-an-email"));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.at("/errors/administrator.email/0")).contains("valid email address");
		Api.Response noAdministrator = api(operator).post(ACCOUNTS, Map.of("name", "Initech"));
		assertThat(noAdministrator.status()).isEqualTo(400);
		assertThat(noAdministrator.json().get("errors").propertyNames()).contains("administrator.email",
				"administrator.firstName", "administrator.lastName");
		Api.Response noName = api(operator).post(ACCOUNTS, newAccount(" ", uniqueEmail("ada")));
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.at("/errors/name/0")).isEqualTo("Enter a name for the account.");

		assertThat(accountsSeenBy(operator)).as("no account, no half-made one").isEqualTo(before);
	}

	@Test
	void anOperatorFiltersAndSortsEveryAccountWithRql() {
		String tag = Long.toString(System.nanoTime());
		TestAccount operator = accounts.create("Operator " + tag, AccountType.Operations,
				Set.of(Actor.ACCOUNT_MANAGEMENT));
		clock.advance(Duration.ofMinutes(1));
		TestAccount initech = accounts.client("Initech " + tag);
		clock.advance(Duration.ofMinutes(1));
		TestAccount globex = accounts.client("Globex " + tag);
		Api api = api(operator);

		assertThat(ids(api, "?eq(name," + initech.account().name().replace(" ", "%20") + ")"))
			.containsExactly(initech.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)")).containsExactly(operator.id(), initech.id(), globex.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)&order=-audit.created.at")).containsExactly(globex.id(),
				initech.id(), operator.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)&eq(type,Client)&order=+name")).containsExactly(globex.id(),
				initech.id());
		assertThat(ids(api, "?ilike(name,*" + tag + "*)&type=Operations")).containsExactly(operator.id());
		assertThat(ids(api, "?in(id," + initech.id() + "," + globex.id() + ")&order=-name&limit=1"))
			.containsExactly(initech.id());
		String createdAt = api.get(ACCOUNTS + "/" + globex.id()).at("/createdAt");
		assertThat(ids(api, "?eq(audit.created.at," + createdAt + ")&ilike(name,*" + tag + "*)"))
			.containsExactly(globex.id());
		assertThat(
				api.get(ACCOUNTS + "?ilike(name,*" + tag + "*)&limit=0").json().at("/$meta/pagination/total").asLong())
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
