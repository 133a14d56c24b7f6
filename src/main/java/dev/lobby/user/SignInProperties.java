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
 * @param concurrentPasswordHashes how many password hashes and checks (Argon2id, 16 MB
 * and about 100 ms of a core each) run at once on this node; {@code 0} (the default)
 * means one per available processor
 * @param passwordHashWait how long a hash or check waits for its turn before the request
 * is refused (429, {@code Retry-After: 1})
 */
@ConfigurationProperties("lobby.sign-in")
public record SignInProperties(@DefaultValue("PT15M") Duration failureWindow, @DefaultValue("5") int failuresPerUser,
		@DefaultValue("20") int failuresPerAddress, @DefaultValue("PT1H") Duration resetValidity,
		@DefaultValue("3") int resetsPerHour, @DefaultValue("0") int concurrentPasswordHashes,
		@DefaultValue("PT10S") Duration passwordHashWait) {

	/** The hashes allowed at once: as set, or one per available processor. */
	int concurrentPasswordHashesOrProcessors() {
		return (concurrentPasswordHashes > 0) ? concurrentPasswordHashes : Runtime.getRuntime().availableProcessors();
	}

}
