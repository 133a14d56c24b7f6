package dev.lobby.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's sender threads ({@code lobby.mail.dispatcher.threads}): each leases a
 * batch, sends it, and goes on until nothing is due, then waits for an email queued here
 * or the next poll ({@code lobby.mail.dispatch-interval}). Tests switch them off with
 * {@code lobby.mail.dispatcher.enabled=false} and call the dispatcher themselves.
 */
@Component
@ConditionalOnBooleanProperty(name = "lobby.mail.dispatcher.enabled", matchIfMissing = true)
class MailSenders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailSenders.class);

	private final MailDispatcher dispatcher;

	private final DispatchSignal signal;

	private final MailProperties properties;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	MailSenders(MailDispatcher dispatcher, DispatchSignal signal, MailProperties properties) {
		this.dispatcher = dispatcher;
		this.signal = signal;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		running = true;
		for (int i = 1; i <= properties.dispatcher().threads(); i++) {
			Thread thread = new Thread(this::sendUntilStopped, "mail-sender-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	private void sendUntilStopped() {
		while (running) {
			try {
				if (dispatcher.dispatchBatch().leased() == 0) {
					signal.await(properties.dispatchInterval());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// e.g. the database is briefly unreachable: wait a poll, then try again
				log.warn("Mail dispatch failed: {}", e.toString());
				try {
					TimeUnit.MILLISECONDS.sleep(properties.dispatchInterval().toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Lets each thread finish the email it is sending; a batch left unfinished is sent by
	 * any node once its lease lapses.
	 */
	@Override
	public synchronized void stop() {
		running = false;
		threads.forEach(Thread::interrupt);
		for (Thread thread : threads) {
			try {
				thread.join(properties.dispatchInterval().toMillis() + 5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
