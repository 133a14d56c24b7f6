package dev.lobby.mail;

import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.mail.OutboundEmails.Due;
import dev.lobby.platform.EmailAddress;

/**
 * Sends the due emails of the outbox. A dispatcher leases a batch in a short transaction
 * (other nodes skip leased rows, so no email goes out twice while its lease holds), then
 * talks to the relay with no transaction open, writing each email's outcome as soon as it
 * is known. A node that dies mid-batch leaves its lease to lapse
 * ({@code lobby.mail.lease}); then any node sends the rest, and at most the one email the
 * dead node was sending goes out twice — never zero times.
 */
@Service
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 300;

	private final OutboundEmails emails;

	private final TransactionTemplate transaction;

	private final MailRelay relay;

	private final MailTemplates templates;

	private final JsonMapper json;

	private final MailProperties properties;

	private final MessageIds messageIds;

	private final Clock clock;

	/** Names this process in the leases it takes (pid@host). */
	private final String node;

	MailDispatcher(OutboundEmails emails, PlatformTransactionManager transactions, MailRelay relay,
			MailTemplates templates, JsonMapper json, MailProperties properties, MessageIds messageIds, Clock clock) {
		this.emails = emails;
		this.transaction = new TransactionTemplate(transactions);
		this.relay = relay;
		this.node = ManagementFactory.getRuntimeMXBean().getName();
		this.templates = templates;
		this.json = json;
		this.properties = properties;
		this.messageIds = messageIds;
		this.clock = clock;
	}

	/**
	 * Leases one batch of due emails and tries each once, over one connection to the
	 * relay; returns how many were sent.
	 */
	public int dispatchDue() {
		return dispatchBatch().sent();
	}

	/** How many emails one batch leased, and how many of them went out. */
	record Batch(int leased, int sent) {
	}

	Batch dispatchBatch() {
		Instant now = clock.instant();
		String leaseId = node + "-" + UUID.randomUUID();
		List<Due> leased = transaction.execute(status -> emails.lease(now, now.plus(properties.dispatcher().lease()),
				leaseId, properties.batchSize()));
		if (leased == null || leased.isEmpty()) {
			return new Batch(0, 0);
		}
		int sent = 0;
		try (MailRelay.Connection connection = relay.open()) {
			for (Due email : leased) {
				if (send(email, connection)) {
					sent++;
				}
			}
		}
		return new Batch(leased.size(), sent);
	}

	/**
	 * Sends one email and writes its outcome at once, in a statement of its own: a node
	 * that dies mid-batch leaves behind at most the email it was sending as sent but not
	 * marked (it goes out again when the lease lapses); the rest of its batch was either
	 * marked or never sent.
	 */
	private boolean send(Due email, MailRelay.Connection connection) {
		// Queued before addresses were checked this strictly: the envelope would not be
		// the stored address.
		if (!EmailAddress.isDeliverable(email.recipient())) {
			failedForGood(email, email.attempts() + 1, "Undeliverable address", FailureReasons.UNDELIVERABLE_ADDRESS);
			return false;
		}
		try {
			EmailModel model = json.readValue(email.model(), EmailModel.type(email.template()));
			RenderedEmail rendered = templates.render(model, Locale.forLanguageTag(email.locale()));
			connection.send(mimeMessage(email, rendered));
		}
		catch (Exception e) {
			failed(email, e);
			return false;
		}
		emails.markSent(email.id(), clock.instant());
		log.info("Sent email #{} ({})", email.id(), email.template());
		return true;
	}

	private MimeMessage mimeMessage(Due email, RenderedEmail rendered)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = relay.createMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		// Parsed strictly, so a stored address can never smuggle in a header.
		helper.setFrom(new InternetAddress(properties.from(), true));
		helper.setTo(new InternetAddress(email.recipient(), true));
		// Names are refused with line breaks upstream; this keeps the subject one header
		// regardless.
		message.setSubject(rendered.subject().replaceAll("\\p{Cntrl}", " "), StandardCharsets.UTF_8.name());
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(part(rendered.text(), "plain"));
		alternative.addBodyPart(part(rendered.html(), "html"));
		message.setContent(alternative);
		// JavaMailSenderImpl keeps a Message-ID set before sending: every attempt at this
		// row carries the same one.
		message.setHeader("Message-ID", messageIds.of(email.id(), email.createdAt()));
		return message;
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype);
		// Set after the text, which clears it: Jakarta Mail keeps it instead of
		// encoding the body once more to choose it.
		part.setHeader("Content-Transfer-Encoding", TransferEncoding.of(content));
		return part;
	}

	private void failed(Due email, Exception e) {
		int attempts = email.attempts() + 1;
		// The class and message say what went wrong; the body and its link never go into
		// the table or log.
		String error = truncate(e.getClass().getName() + ": " + e.getMessage());
		String reason = FailureReasons.of(e);
		if (attempts >= properties.retry().maxAttempts()) {
			failedForGood(email, attempts, error, reason);
			return;
		}
		Instant next = clock.instant().plus(backoff(attempts));
		emails.retryLater(email.id(), attempts, next, error, reason);
		log.warn("Email #{} ({}) failed on attempt {}, retry at {}: {}", email.id(), email.template(), attempts, next,
				error);
	}

	private void failedForGood(Due email, int attempts, String error, String reason) {
		emails.markFailed(email.id(), attempts, error, reason);
		log.warn("Email #{} ({}) failed for good after {} attempts: {}", email.id(), email.template(), attempts, error);
	}

	private Duration backoff(int attempts) {
		return properties.retry().initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
	}

	private static String truncate(String error) {
		String oneLine = error.replaceAll("\\s+", " ");
		return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH) + "…";
	}

}
