package dev.lobby.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code lobby.mail}.
 *
 * @param from the sender, e.g. {@code Lobby <no-reply@lobby.example>}
 * @param accountLimitPerHour how many invitation emails one account may cause per hour,
 * unless the operator set the account a limit of its own
 * @param dispatchInterval how long an idle sender thread waits before it looks for due
 * emails again (an email queued on this node wakes it at once)
 * @param batchSize how many due emails one lease takes (they go out over one SMTP
 * connection)
 * @param retry the backoff of failed sends
 * @param embedded the in-process mail catcher of the default mode
 * @param retention how long sent and failed emails are kept (they hold names and
 * addresses); not negative
 * @param dispatcher the sender threads of this node
 */
@ConfigurationProperties("lobby.mail")
public record MailProperties(@DefaultValue("Lobby <no-reply@lobby.localhost>") String from,
		@DefaultValue("2000") int accountLimitPerHour, @DefaultValue("2s") Duration dispatchInterval,
		@DefaultValue("20") int batchSize, @DefaultValue Retry retry, @DefaultValue Embedded embedded,
		@DefaultValue("P30D") Duration retention, @DefaultValue Dispatcher dispatcher) {

	public MailProperties {
		if (retention.isNegative()) {
			throw new IllegalArgumentException("lobby.mail.retention must not be negative; it is " + retention + ".");
		}
	}

	/**
	 * @param initialBackoff the wait after the first failure; it doubles with each
	 * further failure
	 * @param maxAttempts after this many failed attempts the email is marked Failed
	 */
	public record Retry(@DefaultValue("10s") Duration initialBackoff, @DefaultValue("8") int maxAttempts) {
	}

	/**
	 * @param enabled run sender threads on this node (tests switch them off and send
	 * themselves)
	 * @param threads how many threads send at once, each over its own SMTP connection
	 * @param lease how long a batch is a thread's to send: a batch its node did not
	 * finish by then (the node died) goes to another; longer than a batch takes at the
	 * relay's slowest
	 */
	public record Dispatcher(@DefaultValue("true") boolean enabled, @DefaultValue("4") int threads,
			@DefaultValue("10m") Duration lease) {

		public Dispatcher {
			if (threads < 1) {
				throw new IllegalArgumentException(
						"lobby.mail.dispatcher.threads must be at least 1; it is " + threads);
			}
		}
	}

	/**
	 * @param enabled start an in-process SMTP server and send to it (never in production)
	 * @param port its port; 0 picks a free one
	 * @param mailboxRemoteAccess let clients other than loopback read
	 * {@code /dev/mailbox} (it shows live invitation links)
	 */
	public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int port,
			@DefaultValue("false") boolean mailboxRemoteAccess) {
	}
}
