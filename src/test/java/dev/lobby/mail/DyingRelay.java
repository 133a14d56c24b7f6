package dev.lobby.mail;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;

/**
 * The real SMTP relay, which can be told to let its node "die" right after the relay
 * accepted an email: the dispatcher then runs no further line, as after a kill -9 between
 * the relay's answer and the database write.
 */
class DyingRelay extends MailRelay {

	/** What stops the node; an Error, so no catch of the dispatcher's handles it. */
	static final class NodeDied extends Error {

		NodeDied() {
			super("the node died");
		}

	}

	private final AtomicInteger sendsUntilDeath = new AtomicInteger(-1);

	private final AtomicInteger connections = new AtomicInteger();

	private volatile Runnable beforeEachSend = () -> {
	};

	DyingRelay(JavaMailSender sender) {
		super(sender);
	}

	/** The node dies right after the relay accepted the {@code n}th email from now. */
	void dieAfter(int n) {
		sendsUntilDeath.set(n);
	}

	/** Runs before each email goes to the relay, e.g. to hold the sender there. */
	void whileSending(Runnable hook) {
		beforeEachSend = hook;
	}

	/** How many connections were opened so far. */
	int connections() {
		return connections.get();
	}

	@Override
	Connection open() {
		Connection real = super.open();
		connections.incrementAndGet();
		return new Connection() {
			@Override
			public void send(MimeMessage message) throws Exception {
				beforeEachSend.run();
				real.send(message);
				if (sendsUntilDeath.get() > 0 && sendsUntilDeath.decrementAndGet() == 0) {
					throw new NodeDied();
				}
			}

			@Override
			public void close() {
				real.close();
			}
		};
	}

}
