package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The API's request limits, with small numbers: per client address (anonymous or not),
 * per API token, and a tighter one on failed authentications per address. The clock
 * moves; nothing sleeps.
 */
@TestPropertySource(properties = { "lobby.api.rate-limit.per-address=8", "lobby.api.rate-limit.per-token=4",
		"lobby.api.rate-limit.window=1m", "lobby.api.rate-limit.failed-authentications-per-address=3",
		"lobby.api.rate-limit.failed-authentication-window=10m" })
class RequestLimitsIntegrationTests extends LobbyIntegrationTestBase {

	static final String ACCOUNTS = "/public/v1/accounts/accounts";

	@BeforeEach
	void everyLimitRefills() {
		clock.advance(Duration.ofHours(1));
	}

	static void assertTooMany(Api.Response response, String retryAfter, String sentence) {
		assertThat(response.status()).as(response.text()).isEqualTo(429);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Retry-After")).isEqualTo(retryAfter);
		assertThat(response.at("/detail")).contains(sentence)
			.containsIgnoringCase("try again in " + retryAfter + " seconds");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void anAddressGetsAFixedNumberOfRequestsPerWindowWithOrWithoutAToken() {
		for (int i = 0; i < 8; i++) {
			assertThat(anonymous().get(ACCOUNTS).status()).isEqualTo(401);
		}
		// 8 a minute refill one every 7.5 s
		assertTooMany(anonymous().get(ACCOUNTS), "8", "Too many requests from your address");
		assertTooMany(api(accounts.client("Acme")).get(ACCOUNTS), "8", "from your address");

		clock.advance(Duration.ofSeconds(8));
		assertThat(anonymous().get(ACCOUNTS).status()).isEqualTo(401);
		assertThat(anonymous().get(ACCOUNTS).status()).isEqualTo(429);
	}

	@Test
	void aTokenGetsAFixedNumberOfRequestsPerWindow() {
		Api acme = api(accounts.client("Acme"));
		for (int i = 0; i < 4; i++) {
			assertThat(acme.get(ACCOUNTS).status()).isEqualTo(200);
		}
		// 4 a minute refill one every 15 s
		assertTooMany(acme.get(ACCOUNTS), "15", "Too many requests with this API token");
		assertThat(api(accounts.client("Initech")).get(ACCOUNTS).status()).as("another token from the same address")
			.isEqualTo(200);

		clock.advance(Duration.ofSeconds(15));
		assertThat(acme.get(ACCOUNTS).status()).isEqualTo(200);
		assertThat(acme.get(ACCOUNTS).status()).isEqualTo(429);
	}

	@Test
	void anAddressThatKeepsSendingWrongTokensIsSlowedButItsValidTokensStillWork() {
		TestAccount acme = accounts.client("Acme");
		Api guesser = anonymous().as("lobby_wrong-token-0123456789-abcdefgh");
		for (int i = 0; i < 3; i++) {
			assertThat(guesser.get(ACCOUNTS).status()).isEqualTo(401);
		}
		// 3 per 10 minutes refill one every 200 s
		assertTooMany(guesser.get(ACCOUNTS), "200", "unknown, disabled or deleted API token");
		assertThat(api(acme).get(ACCOUNTS).status())
			.as("a valid token from the same address (say, behind the same proxy) is not locked out")
			.isEqualTo(200);
		assertThat(anonymous().get(ACCOUNTS).status()).as("no token: the address limit only").isEqualTo(401);

		clock.advance(Duration.ofSeconds(200));
		assertThat(api(acme).get(ACCOUNTS).status()).isEqualTo(200);
		assertThat(guesser.get(ACCOUNTS).status()).isEqualTo(401);
		assertThat(guesser.get(ACCOUNTS).status()).isEqualTo(429);
	}

}
