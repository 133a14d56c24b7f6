package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.account.AccountType;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Invitation emails per account and hour are limited; a refused invite creates nobody.
 * The operator may give one account a limit of its own.
 */
@TestPropertySource(properties = "lobby.mail.account-limit-per-hour=3")
class AccountEmailLimitIntegrationTests extends LobbyIntegrationTestBase {

	@Test
	void anAccountSendsNoMoreInvitationEmailsPerHourThanItsLimit() {
		TestAccount acme = accounts.client("Acme");
		Instant first = null;
		for (int i = 0; i < 3; i++) {
			clock.advance(Duration.ofMinutes(5));
			first = first == null ? clock.instant() : first;
			assertThat(api(acme).post(acme.users(), invite(uniqueEmail("p" + i), "P", "Q", acme.administrators().id()))
				.status()).isEqualTo(201);
		}

		Api.Response limited = api(acme).post(acme.users(),
				invite(uniqueEmail("late"), "L", "Ate", acme.administrators().id()));

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.at("/detail")).contains("3 invitation emails in the last hour");
		// The first email counts for the rest of its minute and the full hour after:
		// 51 minutes from now.
		Instant leaves = first.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(61));
		assertThat(Long.parseLong(limited.header("Retry-After")))
			.isEqualTo(Duration.between(clock.instant(), leaves).toSeconds())
			.isEqualTo(Duration.ofMinutes(51).toSeconds());
		assertThat(limited.at("/detail")).endsWith("Try again in 51 minutes.");
		assertThat(api(acme).get(acme.users()).json().at("/$meta/pagination/total").asLong()).isEqualTo(3);
		TestAccount globex = accounts.client("Globex");
		assertThat(
				api(globex).post(globex.users(), invite(uniqueEmail("other"), "O", "T", globex.administrators().id()))
					.status())
			.as("other accounts have their own budget")
			.isEqualTo(201);
		clock.advance(Duration.ofMinutes(50));
		assertThat(api(acme).post(acme.users(), invite(uniqueEmail("early"), "E", "Arly", acme.administrators().id()))
			.status()).as("a minute early").isEqualTo(429);
		clock.advance(Duration.ofMinutes(1));
		assertThat(api(acme).post(acme.users(), invite(uniqueEmail("later"), "L", "Ater", acme.administrators().id()))
			.status()).isEqualTo(201);
	}

	@Test
	void theOperatorGivesOneAccountALimitOfItsOwnAndTakesItBack() {
		TestAccount acme = accounts.client("Acme");
		TestAccount globex = accounts.client("Globex");
		Api operator = api(accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001")));

		Api.Response raised = operator.put(limitOf(acme), Map.of("perHour", 5));

		assertThat(raised.status()).as(raised.text()).isEqualTo(200);
		assertThat(raised.json().get("perHour").asInt()).isEqualTo(5);
		assertThat(raised.json().get("isDefault").asBoolean()).isFalse();
		for (int i = 0; i < 5; i++) {
			assertThat(api(acme).post(acme.users(), invite(uniqueEmail("p" + i), "P", "Q", acme.administrators().id()))
				.status()).isEqualTo(201);
		}
		Api.Response limited = api(acme).post(acme.users(),
				invite(uniqueEmail("late"), "L", "Ate", acme.administrators().id()));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.at("/detail")).contains("5 invitation emails in the last hour");
		Api.Response seen = api(acme).get(limitOf(acme));
		assertThat(seen.json().get("perHour").asInt()).as("the account's administrators see it").isEqualTo(5);
		assertThat(seen.json().get("sentInTheLastHour").asInt()).isEqualTo(5);
		assertThat(api(globex).get(limitOf(globex)).json().get("isDefault").asBoolean())
			.as("other accounts keep the default")
			.isTrue();
		assertThat(api(globex).get(limitOf(globex)).json().get("perHour").asInt()).isEqualTo(3);

		assertThat(api(acme).put(limitOf(acme), Map.of("perHour", 100)).status())
			.as("an account cannot raise its own limit")
			.isEqualTo(403);
		assertThat(api(acme).put(limitOf(globex), Map.of("perHour", 100)).status()).isEqualTo(404);
		Api.Response zero = operator.put(limitOf(acme), Map.of("perHour", 0));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.at("/errors/perHour/0")).contains("from 1 to 1000000");
		assertThat(operator.put(limitOf(acme), Map.of("perHour", 2.5)).status()).isEqualTo(400);
		assertThat(operator.put(limitOf(acme), Map.of("perHour", "many")).status()).isEqualTo(400);
		assertThat(operator.put(limitOf(acme), Map.of("perHour", 1_000_001)).status()).isEqualTo(400);
		assertThat(api(acme).get(limitOf(acme)).json().get("perHour").asInt()).as("unchanged").isEqualTo(5);

		Map<String, Object> backToDefault = new HashMap<>();
		backToDefault.put("perHour", null);
		Api.Response reset = operator.put(limitOf(acme), backToDefault);
		assertThat(reset.json().get("perHour").asInt()).isEqualTo(3);
		assertThat(reset.json().get("isDefault").asBoolean()).isTrue();
		assertThat(api(acme).post(acme.users(), invite(uniqueEmail("more"), "M", "Ore", acme.administrators().id()))
			.at("/detail")).contains("5 invitation emails in the last hour");
		assertThat(eventsOf(acme, acme.id())).containsSubsequence("lobby.account.invitation-email-limit.changed",
				"lobby.account.invitation-email-limit.changed");
	}

	private static String limitOf(TestAccount account) {
		return "/public/v1/accounts/accounts/" + account.id() + "/invitation-email-limit";
	}

}
