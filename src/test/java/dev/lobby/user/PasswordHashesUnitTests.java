package dev.lobby.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.lobby.platform.LimitReached;

/**
 * At most so many password hashes and checks run at once; the others wait their turn, and
 * one that cannot get it in time is refused with a sentence and Retry-After.
 */
class PasswordHashesUnitTests {

	/** An encoder whose every hash waits until the test opens the gate. */
	static final class GatedEncoder implements PasswordEncoder {

		final CountDownLatch gate = new CountDownLatch(1);

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		volatile CountDownLatch started = new CountDownLatch(0);

		@Override
		public String encode(@Nullable CharSequence raw) {
			int now = running.incrementAndGet();
			mostAtOnce.accumulateAndGet(now, Math::max);
			started.countDown();
			try {
				if (!gate.await(30, TimeUnit.SECONDS)) {
					throw new AssertionError("the gate was never opened");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				running.decrementAndGet();
			}
			return "hash:" + raw;
		}

		@Override
		public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
			return encode(raw).equals(encoded);
		}

	}

	@Test
	void noMoreThanTheSettingRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
		GatedEncoder encoder = new GatedEncoder();
		encoder.started = new CountDownLatch(2);
		PasswordHashes hashes = new PasswordHashes(encoder, 2, Duration.ofSeconds(30));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String password = "secret" + i;
				checks.add(pool.submit(() -> hashes.matches(password, "hash:" + password)));
			}
			assertThat(encoder.started.await(30, TimeUnit.SECONDS)).as("two checks started").isTrue();
			while (hashes.waiting() < 4) {
				Thread.onSpinWait();
			}
			assertThat(encoder.running).as("two run, four wait their turn").hasValue(2);
			encoder.gate.countDown();
			for (Future<Boolean> check : checks) {
				assertThat(check.get(30, TimeUnit.SECONDS)).isTrue();
			}
			assertThat(encoder.mostAtOnce).hasValue(2);
		}
		finally {
			encoder.gate.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void aHashThatCannotGetItsTurnInTimeIsRefusedWithASentence() throws Exception {
		GatedEncoder encoder = new GatedEncoder();
		encoder.started = new CountDownLatch(1);
		PasswordHashes hashes = new PasswordHashes(encoder, 1, Duration.ZERO);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<String> first = pool.submit(() -> hashes.encode("first"));
			assertThat(encoder.started.await(30, TimeUnit.SECONDS)).isTrue();

			assertThatThrownBy(() -> hashes.encode("second")).isInstanceOfSatisfying(LimitReached.class, refused -> {
				assertThat(refused.getMessage())
					.isEqualTo("Lobby is busy checking other passwords. Try again in 1 second.");
				assertThat(refused.retryAfterSeconds()).isEqualTo(1);
			});
			encoder.gate.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("hash:first");
			assertThat(hashes.encode("third")).as("free again once the first is done").isEqualTo("hash:third");
		}
		finally {
			encoder.gate.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void theDefaultIsOnePerProcessor() {
		SignInProperties defaults = new SignInProperties(Duration.ofMinutes(15), 5, 20, Duration.ofHours(1), 3, 0,
				Duration.ofSeconds(10));
		assertThat(defaults.concurrentPasswordHashesOrProcessors())
			.isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(new SignInProperties(Duration.ofMinutes(15), 5, 20, Duration.ofHours(1), 3, 3, Duration.ZERO)
			.concurrentPasswordHashesOrProcessors()).isEqualTo(3);
	}

}
