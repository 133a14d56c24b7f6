package dev.lobby.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Limits of events per key and hour, counted in the database so that every node sees the
 * same numbers.
 * <p>
 * Events are counted per whole minute. An event counts during the rest of its minute and
 * the full hour after it ({@link #leaves}): a minute's events leave the count 61 minutes
 * after the minute started. So no 60 minutes ever hold more events than the limit, and a
 * check reads at most 61 rows whatever the volume.
 * <p>
 * A check locks its key's row and counts the event in the transaction of the change it
 * admits, as that transaction's last statements before its commit
 * ({@link #admitAtCommit}): checks of one key wait for each other (on every node), but
 * only for the check and the commit, not for the rest of the change; each sees the events
 * of those that committed before it, and a change that rolls back counted nothing.
 */
@Service
public class HourlyLimits {

	static final Duration WINDOW = Duration.ofHours(1);

	private final RateLimitCounters counters;

	private final Clock clock;

	HourlyLimits(RateLimitCounters counters, Clock clock) {
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * Counts one event for the key when the caller's transaction is about to commit, as
	 * its last statements: if the last hour then holds fewer than {@code limit}, the
	 * transaction commits with the event counted; otherwise it rolls back with the
	 * exception {@code refused} makes (thrown out of the commit). So the key's row lock
	 * is held only for the check and the commit, not for the whole change, which would
	 * make every change of the key wait for the one before it to finish its work; and a
	 * change that rolls back never counted. Checks of several keys in one transaction run
	 * in the order of their keys, so two transactions never wait for each other's keys in
	 * turn.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void admitAtCommit(String key, int limit, Function<Refusal, ? extends RuntimeException> refused) {
		AtCommit checks = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(AtCommit.class::isInstance)
			.map(AtCommit.class::cast)
			.findFirst()
			.orElseGet(() -> {
				AtCommit created = new AtCommit();
				TransactionSynchronizationManager.registerSynchronization(created);
				return created;
			});
		checks.add(new Check(key, limit, refused));
	}

	/**
	 * Counts one event for the key now if the last hour holds fewer than {@code limit};
	 * otherwise counts nothing and says how long until one more fits. Joins the caller's
	 * transaction, whose change the event is, and keeps the key locked until it ends
	 * (prefer {@link #admitAtCommit}, which takes the lock last).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Refusal> admit(String key, int limit) {
		Instant now = clock.instant();
		counters.lock(key);
		if (counters.countIfUnder(key, minuteOf(now), firstCounted(now), limit)) {
			return Optional.empty();
		}
		List<RateLimitCounters.Minute> minutes = counters.minutesSince(key, firstCounted(now));
		int counted = minutes.stream().mapToInt(RateLimitCounters.Minute::events).sum();
		return Optional.of(new Refusal(counted, untilOneMoreFits(minutes, counted, limit, now)));
	}

	/** The events the last hour holds for the key (a read, no lock). */
	@Transactional(readOnly = true)
	public int counted(String key) {
		return counters.eventsSince(key, firstCounted(clock.instant()));
	}

	/** Deletes the counts no check reads any more. */
	@Transactional
	public int purge() {
		return counters.deleteBefore(firstCounted(clock.instant()));
	}

	/**
	 * When the events of the minute starting at {@code start} stop counting: once that
	 * minute and the full hour after it are over.
	 */
	static Instant leaves(Instant start) {
		return start.plus(WINDOW).plus(Duration.ofMinutes(1));
	}

	/**
	 * The start of the oldest minute that counts at {@code now} (the current one and the
	 * 60 before it count; see {@link #leaves}).
	 */
	private static Instant firstCounted(Instant now) {
		return minuteOf(now).minus(WINDOW);
	}

	/**
	 * The oldest minutes leave first; once enough have left that the rest is under the
	 * limit, one more fits.
	 */
	private static Duration untilOneMoreFits(List<RateLimitCounters.Minute> minutes, int counted, int limit,
			Instant now) {
		int remaining = counted;
		for (RateLimitCounters.Minute minute : minutes) {
			remaining -= minute.events();
			if (remaining < limit) {
				return Duration.between(now, leaves(minute.start()));
			}
		}
		throw new IllegalStateException("A limit of " + limit + " below no count of " + counted);
	}

	private static Instant minuteOf(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MINUTES);
	}

	private record Check(String key, int limit, Function<Refusal, ? extends RuntimeException> refused) {
	}

	/** The checks a transaction left for its commit, run just before it. */
	private final class AtCommit implements TransactionSynchronization {

		private final List<Check> checks = new ArrayList<>();

		void add(Check check) {
			checks.add(check);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			checks.sort(Comparator.comparing(Check::key));
			for (Check check : checks) {
				Optional<Refusal> refusal = admit(check.key(), check.limit());
				if (refusal.isPresent()) {
					throw check.refused().apply(refusal.get());
				}
			}
		}

	}

}
