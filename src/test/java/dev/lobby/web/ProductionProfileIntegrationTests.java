package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.lobby.LobbyApplication;
import dev.lobby.mail.EmbeddedMailServer;
import dev.lobby.support.Api;

/** The prod profile: no generated secrets, no mail catcher, no development routes. */
class ProductionProfileIntegrationTests {

	/**
	 * Started as an operator would, with command-line settings (they beat the profile's
	 * file).
	 */
	static ConfigurableApplicationContext prod(String database, String secret) {
		return new SpringApplicationBuilder(LobbyApplication.class).profiles("prod")
			.run("--spring.datasource.url=jdbc:h2:mem:" + database
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--spring.datasource.username=sa", "--server.port=0", "--lobby.invitations.secret=" + secret,
					"--lobby.mail.dispatcher.enabled=false", "--lobby.bootstrap.admin-password=Str0ng!Pass-prod");
	}

	@Test
	void refusesToStartWithoutTheInvitationSecret() {
		assertThatThrownBy(() -> prod("prod-nosecret", "").close()).rootCause()
			.hasMessageContaining("Set LOBBY_INVITATIONS_SECRET");
	}

	@Test
	void servesNoDevelopmentRoutesAndRunsNoMailCatcher() {
		try (ConfigurableApplicationContext app = prod("prod-ok", "production-secret-0123456789-abcdefghijkl")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Api api = new Api(port, null);
			assertThat(api.get("/dev/mailbox").status()).isEqualTo(404);
			assertThat(api.get("/dev/mailbox/messages").status()).isEqualTo(404);
			assertThat(app.getBeanNamesForType(EmbeddedMailServer.class)).isEmpty();
			assertThat(api.get("/actuator/health").status()).isEqualTo(200);
		}
	}

}
