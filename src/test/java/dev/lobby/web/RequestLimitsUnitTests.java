package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.lobby.MutableClock;

class RequestLimitsUnitTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));

	RequestLimits.Buckets buckets(long capacity, int trackedKeys) {
		return new RequestLimits.Buckets("test", capacity, Duration.ofMinutes(1), trackedKeys,
				new RequestLimits.ClockTime(clock));
	}

	@Test
	void refusesOverTheCapacityWithTheWaitUntilTheNextRequestPasses() {
		RequestLimits.Buckets limit = buckets(2, 10);
		assertThat(limit.take("a")).isEmpty();
		assertThat(limit.take("a")).isEmpty();
		assertThat(limit.take("a")).contains(Duration.ofSeconds(30));
		assertThat(limit.waitFor("a")).contains(Duration.ofSeconds(30));
		assertThat(limit.take("b")).as("keys are counted apart").isEmpty();
		clock.advance(Duration.ofSeconds(30));
		assertThat(limit.waitFor("a")).isEmpty();
		assertThat(limit.take("a")).isEmpty();
	}

	@Test
	void aLimitOfZeroIsOff() {
		RequestLimits.Buckets off = buckets(0, 10);
		for (int i = 0; i < 1000; i++) {
			assertThat(off.take("a")).isEmpty();
		}
		assertThat(off.waitFor("a")).isEmpty();
	}

	@Test
	void aFloodOfNewKeysForgetsIdleOnesButKeepsCountingBusyOnes() {
		RequestLimits.Buckets limit = buckets(1, 3);
		limit.take("busy");
		clock.advance(Duration.ofMinutes(2));
		limit.take("busy");
		limit.take("idle-1");
		limit.take("idle-2");
		clock.advance(Duration.ofMinutes(2));
		limit.take("busy");
		// idle-1 and idle-2 are full again, so a fourth key makes room by forgetting them
		assertThat(limit.take("new")).isEmpty();
		assertThat(limit.take("busy")).as("the busy key is still counted").isPresent();
	}

}
