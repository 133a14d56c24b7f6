package dev.lobby.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher on every node; tests switch it off with
 * {@code lobby.mail.dispatcher.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.mail.dispatcher.enabled", matchIfMissing = true)
class MailDispatchSchedule {

	private static final Logger log = LoggerFactory.getLogger(MailDispatchSchedule.class);

	private final MailDispatcher dispatcher;

	MailDispatchSchedule(MailDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${lobby.mail.dispatch-interval}")
	void dispatch() {
		try {
			dispatcher.dispatchDue();
		}
		catch (RuntimeException e) {
			// e.g. the database is briefly unreachable: the next run tries again
			log.warn("Mail dispatch run failed: {}", e.toString());
		}
	}

}
