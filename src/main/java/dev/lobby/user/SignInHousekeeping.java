package dev.lobby.user;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes failed password checks that no window counts any more. Safe on several nodes at
 * once.
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.housekeeping.enabled", matchIfMissing = true)
class SignInHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(SignInHousekeeping.class);

	private final SignInThrottle throttle;

	private final SignInProperties settings;

	private final Clock clock;

	SignInHousekeeping(SignInThrottle throttle, SignInProperties settings, Clock clock) {
		this.throttle = throttle;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lobby.housekeeping.interval:PT1H}", initialDelayString = "PT1M")
	void purge() {
		try {
			throttle.purgeBefore(Instant.now(clock).minus(settings.failureWindow()));
		}
		catch (RuntimeException e) {
			log.warn("Sign-in housekeeping failed: {}", e.toString());
		}
	}

}
