package dev.lobby.mail;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes finished emails past {@code lobby.mail.retention}: they hold names and
 * addresses, and an outbox that only grows slows every node. Safe on several nodes at
 * once (a plain DELETE).
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.housekeeping.enabled", matchIfMissing = true)
class OutboxHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

	private final Outbox outbox;

	private final MailProperties settings;

	private final Clock clock;

	OutboxHousekeeping(Outbox outbox, MailProperties settings, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lobby.housekeeping.interval:PT1H}", initialDelayString = "PT1M")
	void purge() {
		try {
			int purged = outbox.purgeFinishedBefore(Instant.now(clock).minus(settings.retention()));
			if (purged > 0) {
				log.info("Deleted {} sent or failed emails older than {}", purged, settings.retention());
			}
		}
		catch (RuntimeException e) {
			log.warn("Outbox housekeeping failed: {}", e.toString());
		}
	}

}
