package dev.lobby.membership;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds member count changes every few seconds, so that the changes a read of a count
 * sums stay few while an account invites hundreds per second.
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.housekeeping.enabled", matchIfMissing = true)
class MemberCountHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(MemberCountHousekeeping.class);

	private final MemberCountFolding folding;

	MemberCountHousekeeping(MemberCountFolding folding) {
		this.folding = folding;
	}

	@Scheduled(fixedDelayString = "${lobby.housekeeping.member-counts-interval:PT10S}", initialDelayString = "PT10S")
	void fold() {
		try {
			folding.foldAll();
		}
		catch (RuntimeException e) {
			log.warn("Member count housekeeping failed: {}", e.toString());
		}
	}

}
