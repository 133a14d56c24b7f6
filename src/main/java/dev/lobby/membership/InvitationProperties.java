package dev.lobby.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitation settings (the secret that signs the links is the signing module's).
 *
 * @param validity how long a link works after it was (re)sent
 * @param resendLimitPerHour resends of one invitation allowed per hour
 */
@ConfigurationProperties("lobby.invitations")
public record InvitationProperties(@DefaultValue("P7D") Duration validity, @DefaultValue("5") int resendLimitPerHour) {
}
