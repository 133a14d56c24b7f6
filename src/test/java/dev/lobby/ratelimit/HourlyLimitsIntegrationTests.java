package dev.lobby.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.support.LobbyIntegrationTestBase;

/**
 * The hourly limits on the embedded database: what counts when, the wait a refusal names,
 * and that no 60 minutes ever hold more than the limit.
 */
class HourlyLimitsIntegrationTests extends LobbyIntegrationTestBase {

	@Autowired
	HourlyLimits limits;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	String key;

	/** The start of a minute later than anything the shared clock showed so far. */
	Instant minute;

	@BeforeEach
	void freshKeyAndMinute() {
		key = "test:" + UUID.randomUUID();
		minute = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(1));
	}

	@Test
	void admitsUpToTheLimitThenNamesTheWaitUntilTheOldestMinuteLeaves() {
		clock.set(minute.plusSeconds(30));
		assertThat(admit(3)).isEmpty();
		assertThat(limits.counted(key)).isOne();
		clock.advance(Duration.ofMinutes(10));
		assertThat(admit(3)).isEmpty();
		clock.advance(Duration.ofMinutes(10));
		assertThat(admit(3)).isEmpty();
		assertThat(limits.counted(key)).isEqualTo(3);

		Refusal refused = admit(3).orElseThrow();

		assertThat(refused.counted()).isEqualTo(3);
		// The first event's minute counts until 61 minutes after it started; now is 20:30
		// in.
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(40).plusSeconds(30));
		assertThat(limits.counted(key)).as("a refusal counts nothing").isEqualTo(3);
		clock.advance(Duration.ofMinutes(40).plusSeconds(29));
		assertThat(admit(3)).as("a second early").isPresent();
		clock.advance(Duration.ofSeconds(1));
		assertThat(limits.counted(key)).as("the first event left").isEqualTo(2);
		assertThat(admit(3)).isEmpty();
		assertThat(limits.counted(key)).isEqualTo(3);
	}

	@Test
	void anEventCountsForTheRestOfItsMinuteAndTheFullHourAfter() {
		clock.set(minute.plusMillis(59_999));
		admit(1);

		clock.set(minute.plus(Duration.ofMinutes(60)).plusMillis(59_999));
		assertThat(limits.counted(key)).isOne();
		assertThat(admit(1).orElseThrow().retryAfter()).isEqualTo(Duration.ofMillis(1));
		clock.set(minute.plus(Duration.ofMinutes(61)));
		assertThat(limits.counted(key)).isZero();
		assertThat(admit(1)).isEmpty();
	}

	@Test
	void aLowerLimitWaitsUntilEnoughMinutesLeft() {
		clock.set(minute);
		for (int i = 0; i < 4; i++) {
			admit(10);
			clock.advance(Duration.ofMinutes(1));
		}
		// 4 events in the minutes 0 to 3; a limit of 2 fits one more once minutes 0, 1
		// and 2 left.
		Refusal refused = admit(2).orElseThrow();
		assertThat(refused.counted()).isEqualTo(4);
		assertThat(refused.retryAfter())
			.isEqualTo(Duration.between(clock.instant(), minute.plus(Duration.ofMinutes(63))));
	}

	@Test
	void aRefusedOrRolledBackChangeCountsNothing() {
		clock.set(minute);
		transaction.executeWithoutResult(status -> {
			limits.admit(key, 5);
			status.setRollbackOnly();
		});
		assertThat(limits.counted(key)).isZero();
	}

	@Test
	void admitsOnlyInsideTheTransactionOfAChange() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> limits.admit(key, 5));
	}

	@Test
	void aCheckAtCommitCountsWhenTheChangeCommits() {
		clock.set(minute);
		transaction.executeWithoutResult(status -> {
			limits.admitAtCommit(key, 5, Full::new);
			assertThat(limits.counted(key)).as("not before the commit").isZero();
		});
		assertThat(limits.counted(key)).isOne();
	}

	@Test
	void aFullHourAtCommitRollsTheWholeChangeBackWithTheCallersRefusal() {
		clock.set(minute.plusSeconds(5));
		admit(1);
		String other = "test:" + UUID.randomUUID();

		assertThatExceptionOfType(Full.class).isThrownBy(() -> transaction.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO rate_limit_keys (limit_key) VALUES (?)").param(other).update();
			limits.admitAtCommit(other, 5, Full::new);
			limits.admitAtCommit(key, 1, Full::new);
		})).satisfies(full -> {
			assertThat(full.refusal.counted()).isOne();
			assertThat(full.refusal.retryAfter()).isEqualTo(Duration.ofMinutes(61).minusSeconds(5));
		});
		assertThat(rows("rate_limit_keys", other)).as("the change's own write").isZero();
		assertThat(limits.counted(other)).as("the other key's check").isZero();
		assertThat(limits.counted(key)).isOne();
	}

	@Test
	void aCheckAtCommitOfAChangeThatRollsBackCountsNothing() {
		clock.set(minute);
		transaction.executeWithoutResult(status -> {
			limits.admitAtCommit(key, 5, Full::new);
			status.setRollbackOnly();
		});
		assertThat(limits.counted(key)).isZero();
	}

	/**
	 * The key's lock is not held while the change runs: another change of the same key is
	 * checked meanwhile without waiting (it would wait for the first one's commit if the
	 * check took the lock when it was asked for).
	 */
	@Test
	void anotherChangeOfTheKeyIsCheckedWithoutWaitingForOneStillRunning() throws Exception {
		clock.set(minute);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			transaction.executeWithoutResult(status -> {
				limits.admitAtCommit(key, 5, Full::new);
				Future<Optional<Refusal>> meanwhile = other.submit(() -> admit(5));
				try {
					assertThat(meanwhile.get(30, TimeUnit.SECONDS)).isEmpty();
				}
				catch (Exception e) {
					throw new AssertionError("the other change waited or failed", e);
				}
			});
		}
		finally {
			other.shutdownNow();
		}
		assertThat(limits.counted(key)).isEqualTo(2);
	}

	/** A refusal at commit, as a caller makes its own. */
	static final class Full extends RuntimeException {

		final Refusal refusal;

		Full(Refusal refusal) {
			super("full");
			this.refusal = refusal;
		}

	}

	/**
	 * Events at random moments over four hours: the admitted ones never number more than
	 * the limit in any 60 minutes, and every refusal names exactly the wait after which
	 * the next event fits (a second earlier it does not).
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void noHourHoldsMoreThanTheLimitAndEveryWaitIsExact(long seed) {
		Random random = new Random(seed);
		int limit = 1 + random.nextInt(5);
		List<Instant> admitted = new ArrayList<>();
		Instant at = minute;
		while (at.isBefore(minute.plus(Duration.ofHours(4)))) {
			at = at.plusMillis(1 + random.nextInt(12 * 60_000));
			clock.set(at);
			Optional<Refusal> refusal = admit(limit);
			if (refusal.isEmpty()) {
				admitted.add(at);
				continue;
			}
			Instant fits = at.plus(refusal.get().retryAfter());
			assertThat(probe(limit, fits.minusMillis(1))).as("just before the wait ends").isFalse();
			assertThat(probe(limit, fits)).as("when the wait ends").isTrue();
			clock.set(at);
		}
		for (Instant first : admitted) {
			assertThat(admitted.stream().filter(t -> !t.isBefore(first) && t.isBefore(first.plus(Duration.ofHours(1)))))
				.as("events admitted in the hour from %s", first)
				.hasSizeLessThanOrEqualTo(limit);
		}
		assertThat(admitted).hasSizeGreaterThan(limit);
	}

	@Test
	void housekeepingDeletesOnlyWhatNoLongerCounts() {
		clock.set(minute);
		admit(5);
		clock.set(minute.plus(Duration.ofMinutes(30)));
		admit(5);
		String idle = key;
		key = "test:" + UUID.randomUUID();
		admit(5);
		clock.set(minute.plus(Duration.ofMinutes(61)));

		limits.purge();

		assertThat(limits.counted(idle)).isOne();
		assertThat(rows("rate_limit_minutes", idle)).isOne();
		clock.set(minute.plus(Duration.ofMinutes(91)));
		limits.purge();
		assertThat(rows("rate_limit_minutes", idle)).isZero();
		assertThat(rows("rate_limit_keys", idle)).as("a key without minutes goes too").isZero();
		clock.set(minute.plus(Duration.ofMinutes(92)));
		key = idle;
		assertThat(admit(1)).as("and comes back when needed").isEmpty();
	}

	private Optional<Refusal> admit(int limit) {
		Optional<Refusal> refusal = transaction.execute(status -> limits.admit(key, limit));
		assertThat(refusal).isNotNull();
		return refusal;
	}

	/** Whether an event would fit at that moment, without counting it. */
	private boolean probe(int limit, Instant at) {
		clock.set(at);
		Boolean fits = transaction.execute(status -> {
			status.setRollbackOnly();
			return limits.admit(key, limit).isEmpty();
		});
		return Boolean.TRUE.equals(fits);
	}

	private long rows(String table, String limitKey) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE limit_key = ?")
			.param(limitKey)
			.query(Long.class)
			.single();
	}

}
