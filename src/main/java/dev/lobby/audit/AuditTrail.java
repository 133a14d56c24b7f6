package dev.lobby.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.AccountScope;
import dev.lobby.platform.Actor;
import dev.lobby.platform.Jdbc;
import dev.lobby.platform.NotFound;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.QueryStrings;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.RequestMetadata;
import dev.lobby.platform.rql.RqlPaging;
import dev.lobby.platform.rql.RqlQuery;
import dev.lobby.platform.rql.SqlFragment;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Records are written in the transaction of the change they
 * describe, so a change that rolls back leaves no record and no change goes unrecorded. Reading
 * checks the caller: it must see the records' account and hold Account Management.
 */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AccountScope scope;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, AccountScope scope, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * Records an event; {@code objectType} is e.g. {@code AccountUser}, {@code details} plain JSON
	 * values. Only inside the transaction of a change its service has already allowed (an invitee's
	 * answer included, whose right is the link), so it checks no caller itself.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditRecord record(String accountId, String eventKey, String summary, String objectType, String objectId,
			Actor actor, Map<String, Object> details) {
		RequestMetadata request = RequestMetadata.current();
		AuditRecord record = new AuditRecord(RandomIds.draw("AUD", 4), accountId, eventKey, summary,
				new AuditRecord.ObjectRef(objectType, objectId),
				new AuditRecord.ActorRef(actor.type().name(), actor.id(), actor.name()), Instant.now(clock),
				new AuditRecord.RequestRef(request.ip(), request.userAgent(), request.correlationId()), details);
		jdbc.sql("""
				INSERT INTO audit_records (id, account_id, event_key, summary, object_type, object_id, actor_type,
				    actor_id, actor_name, occurred_at, ip, user_agent, correlation_id, details)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(record.id(), accountId, eventKey, truncate(summary, 500), objectType, objectId, actor.type().name(),
					actor.id(), actor.name(), Jdbc.ts(record.occurredAt()), request.ip(), request.userAgent(),
					request.correlationId(), json.writeValueAsString(details))
			.update();
		return record;
	}

	/**
	 * The records a query string (as the request carries it, still percent-encoded) asks for: RQL
	 * over the record fields, refused with a 400 naming the part at fault, of the caller's account or
	 * of the one its {@code account=ACC-…} names.
	 */
	@Transactional(readOnly = true)
	public PageResponse<AuditRecord> search(@Nullable String rawQuery, Actor actor) {
		actor.requireAccountManagement();
		String accountId = scope.accountFor(QueryStrings.value(rawQuery, "account"), actor);
		return page(accountId, query(QueryStrings.without(rawQuery, "account")));
	}

	private static RqlQuery query(@Nullable String rawQueryString) {
		return AuditRecordFields.SCHEMA.parse(rawQueryString == null ? "" : rawQueryString);
	}

	/** The account's records matching the query, newest first unless it says otherwise; see {@link RqlPaging}. */
	private PageResponse<AuditRecord> page(String accountId, RqlQuery query) {
		SqlFragment fromWhere = SqlFragment.join(" AND ",
				List.of(SqlFragment.of("FROM audit_records WHERE account_id = ?", accountId), query.where().wrap("(", ")")));
		return RqlPaging.page(query, () -> {
			SqlFragment sql = SqlFragment.join(" ", List.of(fromWhere.wrap("SELECT * ", ""),
					query.indexedOrderBy(AuditRecordFields.DEFAULT_ORDER, AuditRecordFields.NOT_NULL).wrap("ORDER BY ", ""),
					query.page()));
			return jdbc.sql(sql.sql()).params(sql.params()).query(this::map).list();
		}, bound -> {
			SqlFragment sql = RqlPaging.count(fromWhere, bound);
			return jdbc.sql(sql.sql()).params(sql.params()).query(Long.class).single();
		});
	}

	/**
	 * One record of an account the actor may see (operators: every account); another account's
	 * record is not found, like a missing one.
	 */
	@Transactional(readOnly = true)
	public AuditRecord get(String id, Actor actor) {
		actor.requireAccountManagement();
		return jdbc.sql("SELECT * FROM audit_records WHERE id = ?").param(id).query(this::map).optional()
			.filter(record -> actor.canSee(record.accountId())).orElseThrow(() -> new NotFound("Audit record", id));
	}

	private AuditRecord map(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getString("id"), rs.getString("account_id"), rs.getString("event_key"),
				rs.getString("summary"), new AuditRecord.ObjectRef(rs.getString("object_type"), rs.getString("object_id")),
				new AuditRecord.ActorRef(rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("actor_name")),
				Jdbc.instant(rs, "occurred_at"),
				new AuditRecord.RequestRef(rs.getString("ip"), rs.getString("user_agent"), rs.getString("correlation_id")),
				json.readValue(rs.getString("details"), DETAILS));
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
