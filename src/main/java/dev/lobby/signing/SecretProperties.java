package dev.lobby.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server secret. It keeps its historic place among the invitation settings, where
 * operators set it ({@code LOBBY_INVITATIONS_SECRET}), though it signs password reset
 * links too.
 *
 * @param secret the server secret that signs links (required under the prod profile)
 * @param secretFile where the default mode keeps a generated secret, so links survive a
 * restart
 */
@ConfigurationProperties("lobby.invitations")
public record SecretProperties(@DefaultValue("") String secret, @DefaultValue("") String secretFile) {
}
