package dev.lobby.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.platform.Jdbc;
import dev.lobby.platform.Sentence;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.SqlFragment;

/**
 * Stores audit records; records are only ever added, never changed. Details are kept as
 * JSON.
 */
@Repository
class AuditRecords {

	private static final int SUMMARY_MAX = 500;

	private static final TypeReference<List<Object>> ARGUMENTS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Adds the record; a summary longer than the column is cut short with an ellipsis.
	 */
	void insert(AuditRecord record) {
		jdbc.sql("""
				INSERT INTO audit_records (id, account_id, event_key, summary, object_type, object_id, actor_type,
				    actor_id, actor_name, occurred_at, ip, user_agent, correlation_id, details, summary_key,
				    summary_arguments)
				VALUES (:id, :accountId, :eventKey, :summary, :objectType, :objectId, :actorType,
				    :actorId, :actorName, :occurredAt, :ip, :userAgent, :correlationId, :details, :summaryKey,
				    :summaryArguments)""")
			.param("id", record.id())
			.param("accountId", record.accountId())
			.param("eventKey", record.eventKey())
			.param("summary", truncate(record.summary(), SUMMARY_MAX))
			.param("objectType", record.object().type())
			.param("objectId", record.object().id())
			.param("actorType", record.actor().type())
			.param("actorId", record.actor().id())
			.param("actorName", record.actor().name())
			.param("occurredAt", Jdbc.ts(record.occurredAt()))
			.param("ip", record.request().ip())
			.param("userAgent", record.request().userAgent())
			.param("correlationId", record.request().correlationId())
			.param("details", json.writeValueAsString(record.details()))
			.param("summaryKey", record.summarySentence() == null ? null : record.summarySentence().key())
			.param("summaryArguments",
					record.summarySentence() == null ? null
							: json.writeValueAsString(List.of(record.summarySentence().getArguments())))
			.update();
	}

	Optional<AuditRecord> find(String id) {
		return jdbc.sql("SELECT * FROM audit_records WHERE id = :id").param("id", id).query(this::row).optional();
	}

	/**
	 * One page of an RQL query over the account's records (see
	 * {@link AuditRecordListFields} for the default order).
	 */
	List<AuditRecord> page(String accountId, RqlQuery query) {
		SqlFragment sql = SqlFragment.join(" ",
				List.of(fromWhere(accountId, query).wrap("SELECT * ", ""),
						query.indexedOrderBy(AuditRecordListFields.DEFAULT_ORDER, AuditRecordListFields.NOT_NULL)
							.wrap("ORDER BY ", ""),
						query.page()));
		return jdbc.sql(sql.sql()).params(sql.params()).query(this::row).list();
	}

	/**
	 * How many of the account's records an RQL query matches, counting no further than
	 * {@code bound}.
	 */
	long countUpTo(String accountId, RqlQuery query, long bound) {
		SqlFragment sql = RqlPaging.count(fromWhere(accountId, query), bound);
		return jdbc.sql(sql.sql()).params(sql.params()).query(Long.class).single();
	}

	private static SqlFragment fromWhere(String accountId, RqlQuery query) {
		return SqlFragment.join(" AND ", List.of(SqlFragment.of("FROM audit_records WHERE account_id = ?", accountId),
				query.where().wrap("(", ")")));
	}

	private AuditRecord row(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getString("id"), rs.getString("account_id"), rs.getString("event_key"),
				rs.getString("summary"),
				new AuditRecord.ObjectRef(rs.getString("object_type"), rs.getString("object_id")),
				new AuditRecord.ActorRef(rs.getString("actor_type"), rs.getString("actor_id"),
						rs.getString("actor_name")),
				Jdbc.instant(rs, "occurred_at"), new AuditRecord.RequestRef(rs.getString("ip"),
						rs.getString("user_agent"), rs.getString("correlation_id")),
				json.readValue(rs.getString("details"), DETAILS), summary(rs));
	}

	/**
	 * The stored summary's key and arguments (texts and numbers), or null for a record of
	 * before V20.
	 */
	private @Nullable Sentence summary(ResultSet rs) throws SQLException {
		String key = rs.getString("summary_key");
		String arguments = rs.getString("summary_arguments");
		if (key == null || arguments == null) {
			return null;
		}
		return Sentence.of(key, json.readValue(arguments, ARGUMENTS).toArray());
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
