package dev.lobby.ratelimit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;

/**
 * The counts: one row per key ({@code rate_limit_keys}, the row a check locks) and one
 * per key and minute that had events ({@code rate_limit_minutes}). Plain SQL that runs
 * alike on H2 and PostgreSQL.
 */
@Repository
class RateLimitCounters {

	/**
	 * How often {@link #lock} tries: a key row can only vanish between two tries when
	 * housekeeping deletes it, so a second try succeeds in practice.
	 */
	private static final int LOCK_ATTEMPTS = 5;

	record Minute(Instant start, int events) {
	}

	private final JdbcClient jdbc;

	RateLimitCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the key's row until the transaction ends, creating it first if need be.
	 * Concurrent checks of one key (from any node) wait here for each other, so each sees
	 * the counts of those before it. A row another transaction is inserting makes the
	 * insert wait for that transaction and then do nothing, so the lock that follows
	 * finds it.
	 */
	void lock(String key) {
		for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
			boolean locked = jdbc.sql("SELECT limit_key FROM rate_limit_keys WHERE limit_key = :key FOR UPDATE")
				.param("key", key)
				.query(String.class)
				.optional()
				.isPresent();
			if (locked) {
				return;
			}
			int inserted = jdbc.sql("INSERT INTO rate_limit_keys (limit_key) VALUES (:key) ON CONFLICT DO NOTHING")
				.param("key", key)
				.update();
			if (inserted == 1) {
				// A row this transaction inserted is its own until it commits.
				return;
			}
		}
		throw new IllegalStateException("Could not lock rate limit key " + key);
	}

	/** The key's minutes starting at or after {@code from}, oldest first. */
	List<Minute> minutesSince(String key, Instant from) {
		return jdbc
			.sql("SELECT minute_start, events FROM rate_limit_minutes WHERE limit_key = :key AND minute_start >= :from"
					+ " ORDER BY minute_start")
			.param("key", key)
			.param("from", Jdbc.ts(from))
			.query((rs, row) -> new Minute(Jdbc.instant(rs, "minute_start"), rs.getInt("events")))
			.list();
	}

	/**
	 * Counts one event in the minute if the key's minutes starting at or after
	 * {@code from} hold fewer than {@code limit}: the read and the write in one statement
	 * (a {@code MERGE}, which H2 and PostgreSQL both run). Only under {@link #lock}, so
	 * no other transaction writes the key's minutes meanwhile, and the statement sees
	 * everything the key's earlier checks committed.
	 * @return whether the event was counted
	 */
	boolean countIfUnder(String key, Instant minute, Instant from, int limit) {
		return jdbc
			.sql("""
					MERGE INTO rate_limit_minutes m
					USING (SELECT CAST(:key AS VARCHAR(64)) AS limit_key, CAST(:minute AS TIMESTAMP WITH TIME ZONE) AS minute_start
					       WHERE (SELECT COALESCE(SUM(events), 0) FROM rate_limit_minutes
					              WHERE limit_key = :key AND minute_start >= :from) < :limit) e
					ON m.limit_key = e.limit_key AND m.minute_start = e.minute_start
					WHEN MATCHED THEN UPDATE SET events = m.events + 1
					WHEN NOT MATCHED THEN INSERT (limit_key, minute_start, events) VALUES (e.limit_key, e.minute_start, 1)""")
			.param("key", key)
			.param("minute", Jdbc.ts(minute))
			.param("from", Jdbc.ts(from))
			.param("limit", limit)
			.update() == 1;
	}

	/** Events of the key in minutes starting at or after {@code from}. */
	int eventsSince(String key, Instant from) {
		return jdbc.sql(
				"SELECT COALESCE(SUM(events), 0) FROM rate_limit_minutes WHERE limit_key = :key AND minute_start >= :from")
			.param("key", key)
			.param("from", Jdbc.ts(from))
			.query(Integer.class)
			.single();
	}

	/**
	 * Deletes the minutes that started before {@code cutoff}, then the keys left without
	 * any (a check that needs one again creates it).
	 * @return the minutes deleted
	 */
	int deleteBefore(Instant cutoff) {
		int minutes = jdbc.sql("DELETE FROM rate_limit_minutes WHERE minute_start < :cutoff")
			.param("cutoff", Jdbc.ts(cutoff))
			.update();
		jdbc.sql("""
				DELETE FROM rate_limit_keys WHERE NOT EXISTS
				    (SELECT 1 FROM rate_limit_minutes m WHERE m.limit_key = rate_limit_keys.limit_key)""").update();
		return minutes;
	}

}
