package dev.lobby.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail the first administrator's email
 * ({@code LOBBY_BOOTSTRAP_ADMIN_EMAIL}); a default when blank
 * @param adminPassword their password; generated and printed once when blank
 * @param apiToken when set, an API token with this secret is ensured for the operator's
 * account
 * @param accountName the name of the operator's account
 */
@ConfigurationProperties("lobby.bootstrap")
record BootstrapProperties(@DefaultValue("") String adminEmail, @DefaultValue("") String adminPassword,
		@DefaultValue("") String apiToken, @DefaultValue("Lobby Operations") String accountName) {
}
