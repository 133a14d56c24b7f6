package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.RawHttp;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * An invitation page's URL carries its code, so no Referer may take it anywhere; other
 * pages send only the origin elsewhere.
 */
class ReferrerPolicyIntegrationTests extends LobbyIntegrationTestBase {

	@Test
	void invitationPagesSendNoReferrer() {
		TestAccount acme = accounts.client("Acme");
		String url = api(acme)
			.post(acme.users(), invite(uniqueEmail("sam"), "Sam", "Smith", acme.administrators().id()))
			.at("/invitation/url");

		RawHttp.Response usable = RawHttp.send(port, "GET", "/invitations/" + codeOf(url));
		assertThat(usable.status()).isEqualTo(200);
		assertThat(usable.header("Referrer-Policy")).isEqualTo("no-referrer");
		RawHttp.Response unknown = RawHttp.send(port, "GET", "/invitations/123456789012.1.nosuchcode");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Referrer-Policy")).isEqualTo("no-referrer");
	}

	@Test
	void otherPagesSendTheOriginOnlyToOtherSites() {
		RawHttp.Response home = RawHttp.send(port, "GET", "/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void apiAnswersReferNowhereAndLoadNothingEvenWhenRefused() {
		RawHttp.Response unauthorized = RawHttp.send(port, "GET", "/public/v1/accounts/accounts");
		assertThat(unauthorized.status()).isEqualTo(401);
		assertThat(unauthorized.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(unauthorized.header("Content-Security-Policy"))
			.isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

}
