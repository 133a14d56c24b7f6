package dev.lobby.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the counts of minutes no limit counts any more. Safe on several nodes at once
 * (plain DELETEs).
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.housekeeping.enabled", matchIfMissing = true)
class RateLimitHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(RateLimitHousekeeping.class);

	private final HourlyLimits limits;

	RateLimitHousekeeping(HourlyLimits limits) {
		this.limits = limits;
	}

	@Scheduled(fixedDelayString = "${lobby.housekeeping.interval:PT1H}", initialDelayString = "PT1M")
	void purge() {
		try {
			limits.purge();
		}
		catch (RuntimeException e) {
			log.warn("Rate limit housekeeping failed: {}", e.toString());
		}
	}

}
