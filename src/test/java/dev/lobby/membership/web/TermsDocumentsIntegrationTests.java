package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PageClient;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * An operator who publishes terms of use and a privacy notice gets them linked beside the
 * registration's terms checkbox, opening in a new tab without handing the page to them.
 */
@TestPropertySource(
		properties = { "lobby.terms-url=https://example.com/terms", "lobby.privacy-url=https://example.com/privacy" })
class TermsDocumentsIntegrationTests extends LobbyIntegrationTestBase {

	@Test
	void theRegistrationLinksTheOperatorsDocuments() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Api.Response invited = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);

		HttpResponse<String> accept = new PageClient(port)
			.get("/invitations/" + codeOf(emailedLink(email)) + "/accept");

		assertThat(accept.statusCode()).isEqualTo(200);
		assertThat(accept.body())
			.contains("href=\"https://example.com/terms\" target=\"_blank\" rel=\"noopener noreferrer\"")
			.contains("href=\"https://example.com/privacy\" target=\"_blank\" rel=\"noopener noreferrer\"")
			.contains("Read the terms of use");
	}

}
