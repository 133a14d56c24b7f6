package dev.lobby.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitation settings.
 *
 * @param validity how long a link works after it was (re)sent
 * @param secret the server secret that signs links (required under the prod profile)
 * @param secretFile where the default mode keeps a generated secret, so links survive a
 * restart
 * @param resendLimitPerHour resends of one invitation allowed per hour
 */
@ConfigurationProperties("lobby.invitations")
public record InvitationProperties(@DefaultValue("P7D") Duration validity, @DefaultValue("") String secret,
		@DefaultValue("") String secretFile, @DefaultValue("5") int resendLimitPerHour) {
}
