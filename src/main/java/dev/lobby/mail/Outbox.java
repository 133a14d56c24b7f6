package dev.lobby.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where modules put the emails their changes cause. Queuing joins the caller's
 * transaction, so an email exists exactly when the change committed;
 * {@link MailDispatcher} sends it later.
 */
@Service
public class Outbox {

	private final OutboundEmails emails;

	private final JsonMapper json;

	private final DispatchSignal signal;

	private final Clock clock;

	Outbox(OutboundEmails emails, JsonMapper json, DispatchSignal signal, Clock clock) {
		this.emails = emails;
		this.json = json;
		this.signal = signal;
		this.clock = clock;
	}

	/**
	 * Queues one email as Pending, due now; once the transaction commits, an idle sender
	 * thread of this node wakes for it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(EmailRequest request) {
		emails.insert(request, json.writeValueAsString(request.model()), clock.instant());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				signal.emailQueued();
			}
		});
	}

	/**
	 * Deletes sent and failed emails queued before {@code cutoff}; pending ones stay
	 * until they are done.
	 */
	@Transactional
	public int purgeFinishedBefore(Instant cutoff) {
		return emails.deleteFinishedBefore(cutoff);
	}

	/** How many emails are in this state now (Pending, Sent or Failed). */
	public long count(String status) {
		return emails.count(status);
	}

	/**
	 * The delivery of the latest email of this template queued for each of the
	 * memberships, read in one query; memberships without one (or whose emails were
	 * purged) are missing from the map.
	 */
	public Map<String, Delivery> latestDeliveries(String template, Collection<String> accountUserIds) {
		return emails.latestDeliveries(template, accountUserIds);
	}

}
