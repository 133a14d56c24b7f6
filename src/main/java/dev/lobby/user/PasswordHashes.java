package dev.lobby.user;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.lobby.platform.LimitReached;
import dev.lobby.platform.Sentence;

/**
 * Argon2id hashes and checks, at most so many at once: each holds 16 MB of memory and a
 * core for about 100 ms, so more at once than there are cores only queues them in the CPU
 * while the heap grows with every one (issue 10: 6 GB resident under 32 concurrent
 * accepts). Further ones wait their turn, first come first served, for a bounded time;
 * past it they are refused with 429 and {@code Retry-After} (the person tries again, as
 * with any limit) rather than holding a request thread without end.
 */
final class PasswordHashes {

	static final Sentence BUSY = Sentence.of("password.hashes-busy");

	private final PasswordEncoder encoder;

	private final Semaphore permits;

	private final Duration wait;

	PasswordHashes(int concurrent, Duration wait) {
		this(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), concurrent, wait);
	}

	PasswordHashes(PasswordEncoder encoder, int concurrent, Duration wait) {
		if (concurrent < 1) {
			throw new IllegalArgumentException("At least one password hash must be allowed at once: " + concurrent);
		}
		this.encoder = encoder;
		this.permits = new Semaphore(concurrent, true);
		this.wait = wait;
	}

	String encode(String password) {
		return guarded(() -> Objects.requireNonNull(encoder.encode(password), "The password encoder returned no hash"));
	}

	boolean matches(String password, @Nullable String hash) {
		return guarded(() -> encoder.matches(password, hash));
	}

	/** How many wait for a turn now (for tests and diagnostics). */
	int waiting() {
		return permits.getQueueLength();
	}

	private <T> T guarded(Supplier<T> work) {
		boolean acquired;
		try {
			acquired = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw LimitReached.tryAgainIn(Duration.ofSeconds(1), BUSY);
		}
		if (!acquired) {
			throw LimitReached.tryAgainIn(Duration.ofSeconds(1), BUSY);
		}
		try {
			return work.get();
		}
		finally {
			permits.release();
		}
	}

}
