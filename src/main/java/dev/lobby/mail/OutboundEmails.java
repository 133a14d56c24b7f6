package dev.lobby.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;

/**
 * Stores the outbox: one row per email, Pending until it is Sent or Failed for good. The
 * model is kept as the JSON text the caller made of it.
 */
@Repository
class OutboundEmails {

	private final JdbcClient jdbc;

	OutboundEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An email that is due, as the dispatcher leased it. */
	record Due(long id, String template, String recipient, String locale, String model, int attempts,
			Instant createdAt) {
	}

	/** Adds the email as Pending, due at {@code now}. */
	void insert(EmailRequest request, String model, Instant now) {
		jdbc.sql("""
				INSERT INTO outbound_emails (account_id, account_user_id, template, reason, recipient, locale, model,
				    status, attempts, next_attempt_at, created_at)
				VALUES (:accountId, :accountUserId, :template, :reason, :recipient, :locale, :model,
				    'Pending', 0, :now, :now)""")
			.param("accountId", request.accountId())
			.param("accountUserId", request.accountUserId())
			.param("template", request.template())
			.param("reason", request.reason())
			.param("recipient", request.to().value())
			.param("locale", request.locale().toLanguageTag())
			.param("model", model)
			.param("now", Jdbc.ts(now))
			.update();
	}

	/**
	 * Leases up to {@code batchSize} Pending emails due at {@code now} whose earlier
	 * lease (if any) has lapsed: they are this lease's until {@code until}. Fair across
	 * accounts: each account's due emails are ranked on their own, longest due first, and
	 * the batch takes the first of every account before the second of any, so one
	 * account's backlog does not hold another's email. Rows another node is leasing at
	 * this moment are skipped, not waited for; the caller's transaction only spans the
	 * lease itself.
	 */
	List<Due> lease(Instant now, Instant until, String leaseId, int batchSize) {
		List<Due> candidates = jdbc.sql("""
				SELECT id, template, recipient, locale, model, attempts, created_at FROM outbound_emails
				WHERE id IN (
				    SELECT id FROM (
				        SELECT id, next_attempt_at,
				            ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY next_attempt_at, id) AS turn
				        FROM outbound_emails
				        WHERE status = 'Pending' AND next_attempt_at <= :now
				          AND (leased_until IS NULL OR leased_until <= :now)) due
				    ORDER BY turn, next_attempt_at, id
				    LIMIT :batchSize)
				  AND status = 'Pending' AND (leased_until IS NULL OR leased_until <= :now)
				ORDER BY next_attempt_at, id
				FOR UPDATE SKIP LOCKED""")
			.param("now", Jdbc.ts(now))
			.param("batchSize", batchSize)
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getString("template"), rs.getString("recipient"),
					rs.getString("locale"), rs.getString("model"), rs.getInt("attempts"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
		if (candidates.isEmpty()) {
			return candidates;
		}
		jdbc.sql("UPDATE outbound_emails SET leased_until = :until, lease_id = :leaseId WHERE id IN (:ids)")
			.param("until", Jdbc.ts(until))
			.param("leaseId", leaseId)
			.param("ids", candidates.stream().map(Due::id).toList())
			.update();
		return candidates;
	}

	void markSent(long id, Instant sentAt) {
		jdbc.sql(
				"""
						UPDATE outbound_emails SET status = 'Sent', sent_at = :sentAt, attempts = attempts + 1, last_error = NULL,
						    failure_reason = NULL, leased_until = NULL, lease_id = NULL WHERE id = :id""")
			.param("sentAt", Jdbc.ts(sentAt))
			.param("id", id)
			.update();
	}

	/** Keeps the email Pending, to be tried again at {@code nextAttemptAt}. */
	void retryLater(long id, int attempts, Instant nextAttemptAt, String error, String reason) {
		jdbc.sql("""
				UPDATE outbound_emails SET attempts = :attempts, next_attempt_at = :nextAttemptAt, last_error = :error,
				    failure_reason = :reason, leased_until = NULL, lease_id = NULL WHERE id = :id""")
			.param("attempts", attempts)
			.param("nextAttemptAt", Jdbc.ts(nextAttemptAt))
			.param("error", error)
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	void markFailed(long id, int attempts, String error, String reason) {
		jdbc.sql("""
				UPDATE outbound_emails SET status = 'Failed', attempts = :attempts, last_error = :error,
				    failure_reason = :reason, leased_until = NULL, lease_id = NULL WHERE id = :id""")
			.param("attempts", attempts)
			.param("error", error)
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	/**
	 * Deletes sent and failed emails queued before {@code cutoff}; pending ones stay
	 * until they are done.
	 */
	int deleteFinishedBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM outbound_emails WHERE status IN ('Sent', 'Failed') AND created_at < :cutoff")
			.param("cutoff", Jdbc.ts(cutoff))
			.update();
	}

	long count(String status) {
		return jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/**
	 * The delivery of the latest email of this template for each membership, in one query
	 * that reads each membership's emails once (a correlated "latest" subquery per row
	 * grew with the square of a membership's emails).
	 */
	Map<String, Delivery> latestDeliveries(String template, Collection<String> accountUserIds) {
		if (accountUserIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Delivery> deliveries = new HashMap<>();
		jdbc.sql("""
				SELECT o.account_user_id, o.status, o.failure_reason FROM outbound_emails o
				JOIN (SELECT MAX(id) AS id FROM outbound_emails
				      WHERE account_user_id IN (:ids) AND template = :template
				      GROUP BY account_user_id) latest ON latest.id = o.id""")
			.param("ids", accountUserIds)
			.param("template", template)
			.query(rs -> {
				String status = rs.getString("status");
				deliveries.put(rs.getString("account_user_id"),
						new Delivery(status, "Failed".equals(status) ? rs.getString("failure_reason") : null));
			});
		return deliveries;
	}

}
