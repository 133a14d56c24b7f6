package dev.lobby.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.Jdbc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where modules put the emails their changes cause. Queuing joins the caller's transaction, so an
 * email exists exactly when the change committed; {@link MailDispatcher} sends it later.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final MailTemplates templates;
	private final Clock clock;

	Outbox(JdbcClient jdbc, JsonMapper json, MailTemplates templates, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Queues one email as Pending, due now.
	 * @throws IllegalArgumentException for an unknown template or a model that lacks one of its keys
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(EmailRequest request) {
		// Checked here so that a programming error rolls the change back instead of failing later.
		templates.checkModel(request.template(), request.model());
		OffsetDateTime now = Jdbc.ts(clock.instant());
		jdbc.sql("""
				INSERT INTO outbound_emails (account_id, account_user_id, template, reason, recipient, locale, model,
				    status, attempts, next_attempt_at, created_at)
				VALUES (:accountId, :accountUserId, :template, :reason, :recipient, :locale, :model,
				    'Pending', 0, :now, :now)""")
			.param("accountId", request.accountId()).param("accountUserId", request.accountUserId())
			.param("template", request.template()).param("reason", request.reason()).param("recipient", request.to().value())
			.param("locale", request.locale().toLanguageTag()).param("model", json.writeValueAsString(request.model()))
			.param("now", now)
			.update();
	}

	/** Deletes sent and failed emails queued before {@code cutoff}; pending ones stay until they are done. */
	@Transactional
	public int purgeFinishedBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM outbound_emails WHERE status IN ('Sent', 'Failed') AND created_at < :cutoff")
			.param("cutoff", Jdbc.ts(cutoff)).update();
	}

	/** How many emails are in this state now (Pending, Sent or Failed). */
	public long count(String status) {
		return jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE status = :status").param("status", status).query(Long.class).single();
	}

	/**
	 * The delivery of the latest email of this template queued for each of the memberships, read in
	 * one query; memberships without one (or whose emails were purged) are missing from the map.
	 */
	public Map<String, Delivery> latestDeliveries(String template, Collection<String> accountUserIds) {
		if (accountUserIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Delivery> deliveries = new HashMap<>();
		jdbc.sql("""
				SELECT o.account_user_id, o.status, o.failure_reason FROM outbound_emails o
				WHERE o.account_user_id IN (:ids) AND o.template = :template
				  AND o.id = (SELECT MAX(latest.id) FROM outbound_emails latest
				              WHERE latest.account_user_id = o.account_user_id AND latest.template = :template)""")
			.param("ids", accountUserIds)
			.param("template", template)
			.query(rs -> {
				String status = rs.getString("status");
				deliveries.put(rs.getString("account_user_id"),
						new Delivery(status, "Failed".equals(status) ? rs.getString("failure_reason") : null));
			});
		return deliveries;
	}

	/** When emails with one of these reasons were queued for the account at or after {@code since}, oldest first. */
	public List<Instant> queuedSince(String accountId, Set<String> reasons, Instant since) {
		return createdSince("account_id", accountId, reasons, since);
	}

	/** When emails with one of these reasons were queued for the membership at or after {@code since}, oldest first. */
	public List<Instant> queuedForMemberSince(String accountUserId, Set<String> reasons, Instant since) {
		return createdSince("account_user_id", accountUserId, reasons, since);
	}

	private List<Instant> createdSince(String column, String id, Set<String> reasons, Instant since) {
		if (reasons.isEmpty()) {
			return List.of();
		}
		// column is one of two constants above, never input
		return jdbc.sql("SELECT created_at FROM outbound_emails WHERE " + column
				+ " = :id AND reason IN (:reasons) AND created_at >= :since ORDER BY created_at")
			.param("id", id)
			.param("reasons", reasons)
			.param("since", Jdbc.ts(since))
			.query((rs, row) -> rs.getObject("created_at", OffsetDateTime.class).toInstant())
			.list();
	}
}
