package dev.lobby.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired idempotency keys now and then, on every node (a plain DELETE, safe to
 * repeat).
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.housekeeping.enabled", matchIfMissing = true)
class IdempotencyHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyHousekeeping.class);

	private final IdempotentRequests requests;

	IdempotencyHousekeeping(IdempotentRequests requests) {
		this.requests = requests;
	}

	@Scheduled(fixedDelayString = "${lobby.housekeeping.interval:PT1H}", initialDelayString = "PT1M")
	void purge() {
		try {
			requests.purgeExpired();
		}
		catch (RuntimeException e) {
			log.warn("Idempotency key housekeeping failed: {}", e.toString());
		}
	}

}
