package dev.lobby.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on password checks and password resets.
 *
 * @param failureWindow the sliding window in which failed password checks are counted
 * @param failuresPerUser failed checks of one user's password allowed per window, from
 * anywhere
 * @param failuresPerAddress failed checks allowed per window from one client address, for
 * any users
 * @param resetValidity how long a password reset link works
 * @param resetsPerHour password reset emails one user may get per hour
 */
@ConfigurationProperties("lobby.sign-in")
public record SignInProperties(@DefaultValue("PT15M") Duration failureWindow, @DefaultValue("5") int failuresPerUser,
		@DefaultValue("20") int failuresPerAddress, @DefaultValue("PT1H") Duration resetValidity,
		@DefaultValue("3") int resetsPerHour) {
}
