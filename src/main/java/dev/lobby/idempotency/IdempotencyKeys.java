package dev.lobby.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;

/**
 * Stores each caller's idempotency keys with the hash of the request and the id it
 * created.
 */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the first request with a key asked for (as a hash) and the id it created. */
	record Stored(String requestHash, String resultId, Instant createdAt) {
	}

	Optional<Stored> find(String callerId, String key) {
		return jdbc.sql(
				"SELECT request_hash, result_id, created_at FROM idempotent_requests WHERE caller_id = :callerId AND idem_key = :key")
			.param("callerId", callerId)
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getString("request_hash"), rs.getString("result_id"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Fails on the primary key when a concurrent first request stored the same key. */
	void insert(String callerId, String key, String requestHash, String resultId, Instant createdAt) {
		jdbc.sql("""
				INSERT INTO idempotent_requests (caller_id, idem_key, request_hash, result_id, created_at)
				VALUES (:callerId, :key, :requestHash, :resultId, :createdAt)""")
			.param("callerId", callerId)
			.param("key", key)
			.param("requestHash", requestHash)
			.param("resultId", resultId)
			.param("createdAt", Jdbc.ts(createdAt))
			.update();
	}

	/** Forgets the caller's key if it was stored before {@code cutoff}. */
	void deleteIfBefore(String callerId, String key, Instant cutoff) {
		jdbc.sql(
				"DELETE FROM idempotent_requests WHERE caller_id = :callerId AND idem_key = :key AND created_at < :cutoff")
			.param("callerId", callerId)
			.param("key", key)
			.param("cutoff", Jdbc.ts(cutoff))
			.update();
	}

	int deleteBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM idempotent_requests WHERE created_at < :cutoff")
			.param("cutoff", Jdbc.ts(cutoff))
			.update();
	}

}
