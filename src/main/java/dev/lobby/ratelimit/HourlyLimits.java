package dev.lobby.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
 * admits: checks of one key wait for each other (on every node), each sees the events of
 * those that committed before it, and a change that rolls back takes its event back.
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
	 * Counts one event for the key if the last hour holds fewer than {@code limit};
	 * otherwise counts nothing and says how long until one more fits. Joins the caller's
	 * transaction, whose change the event is, and keeps the key locked until it ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Admission admit(String key, int limit) {
		Instant now = clock.instant();
		Instant minute = minuteOf(now);
		counters.lock(key);
		List<RateLimitCounters.Minute> minutes = counters.minutesSince(key, firstCounted(now));
		int counted = minutes.stream().mapToInt(RateLimitCounters.Minute::events).sum();
		if (counted >= limit) {
			return Admission.refused(counted, untilOneMoreFits(minutes, counted, limit, now));
		}
		boolean exists = !minutes.isEmpty() && minutes.get(minutes.size() - 1).start().equals(minute);
		counters.count(key, minute, exists);
		return Admission.admitted(counted);
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

}
