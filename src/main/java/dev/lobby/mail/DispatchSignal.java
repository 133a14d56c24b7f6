package dev.lobby.mail;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes this node's idle sender threads when an email was queued here, so it goes out at
 * once instead of at the next poll; emails queued on other nodes are found by polling.
 */
@Component
class DispatchSignal {

	private final Semaphore queued = new Semaphore(0);

	/** An email was committed to the outbox. */
	void emailQueued() {
		// One permit wakes one thread; more are not needed, as a thread drains the
		// outbox until nothing is due.
		if (queued.availablePermits() == 0) {
			queued.release();
		}
	}

	/** Waits until an email is queued here or {@code timeout} passed. */
	void await(Duration timeout) throws InterruptedException {
		if (queued.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			queued.drainPermits();
		}
	}

}
