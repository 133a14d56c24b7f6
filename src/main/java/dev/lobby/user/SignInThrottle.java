package dev.lobby.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.Jdbc;
import dev.lobby.platform.TooManyRequests;

/**
 * Limits password guessing: failed checks are stored and counted in a sliding window per user and
 * per client address, so every node sees the same counts. Every place that checks a password (the
 * invitation's accept now, the sign-in page later) asks this one limiter first.
 */
@Service
public class SignInThrottle {

	private final JdbcClient jdbc;
	private final SignInProperties settings;
	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Refuses (429) before any password work when this user or this address failed too often lately. */
	@Transactional(readOnly = true)
	public void requireAttemptAllowed(String userId, @Nullable String clientIp) {
		Instant now = Instant.now(clock);
		Instant since = now.minus(settings.failureWindow());
		refuseOverLimit(failures("user_id", userId, since), settings.failuresPerUser(), now);
		if (clientIp != null) {
			refuseOverLimit(failures("client_ip", clientIp, since), settings.failuresPerAddress(), now);
		}
	}

	/** Counts one failed check; joins the caller's transaction, which must commit even though the check failed. */
	@Transactional
	public void recordFailure(String userId, @Nullable String clientIp) {
		jdbc.sql("INSERT INTO sign_in_failures (user_id, client_ip, occurred_at) VALUES (:user, :ip, :at)")
			.param("user", userId).param("ip", clientIp).param("at", Jdbc.ts(Instant.now(clock))).update();
	}

	/** A successful check forgets the user's failures (the address's stay counted). */
	@Transactional
	public void recordSuccess(String userId) {
		jdbc.sql("DELETE FROM sign_in_failures WHERE user_id = :user").param("user", userId).update();
	}

	/** Deletes failures that no window counts any more. */
	@Transactional
	public int purgeBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM sign_in_failures WHERE occurred_at < :cutoff").param("cutoff", Jdbc.ts(cutoff)).update();
	}

	private List<Instant> failures(String column, String value, Instant since) {
		// column is one of two constants of this class, never input
		return jdbc.sql("SELECT occurred_at FROM sign_in_failures WHERE " + column
				+ " = :value AND occurred_at > :since ORDER BY occurred_at")
			.param("value", value).param("since", Jdbc.ts(since))
			.query((rs, row) -> Jdbc.instant(rs, "occurred_at")).list();
	}

	private void refuseOverLimit(List<Instant> failures, int limit, Instant now) {
		if (failures.size() < limit) {
			return;
		}
		// The attempt is allowed again once enough failures have left the window to be under the limit.
		Instant freed = failures.get(failures.size() - limit).plus(settings.failureWindow());
		throw TooManyRequests.tryAgainIn(Duration.between(now, freed),
				"Too many wrong passwords: for safety, password checks are paused. Reset the password if you forgot it.");
	}
}
