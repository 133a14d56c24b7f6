package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Invitation emails per account and hour are limited; a refused invite creates nobody.
 */
@TestPropertySource(properties = "lobby.mail.account-limit-per-hour=3")
class AccountEmailLimitIntegrationTests extends LobbyIntegrationTestBase {

	@Test
	void anAccountSendsNoMoreInvitationEmailsPerHourThanItsLimit() {
		TestAccount acme = accounts.client("Acme");
		for (int i = 0; i < 3; i++) {
			clock.advance(Duration.ofMinutes(5));
			assertThat(api(acme).post(acme.users(), invite(uniqueEmail("p" + i), "P", "Q", acme.administrators().id()))
				.status()).isEqualTo(201);
		}

		Api.Response limited = api(acme).post(acme.users(),
				invite(uniqueEmail("late"), "L", "Ate", acme.administrators().id()));

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.at("/detail")).contains("3 invitation emails in the last hour");
		// The first email leaves the window 50 minutes from now.
		assertThat(Long.parseLong(limited.header("Retry-After"))).isEqualTo(Duration.ofMinutes(50).toSeconds() + 1);
		assertThat(api(acme).get(acme.users()).json().at("/$meta/pagination/total").asLong()).isEqualTo(3);
		TestAccount globex = accounts.client("Globex");
		assertThat(
				api(globex).post(globex.users(), invite(uniqueEmail("other"), "O", "T", globex.administrators().id()))
					.status())
			.as("other accounts have their own budget")
			.isEqualTo(201);
		clock.advance(Duration.ofMinutes(51));
		assertThat(api(acme).post(acme.users(), invite(uniqueEmail("later"), "L", "Ater", acme.administrators().id()))
			.status()).isEqualTo(201);
	}

}
