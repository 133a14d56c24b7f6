package dev.lobby.apitoken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.account.AccountType;
import dev.lobby.platform.Jdbc;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.SqlFragment;

/** Stores tokens by the SHA-256 of their secret. */
@Repository
class ApiTokens {

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean idTaken(String id) {
		return Jdbc.idTaken(jdbc, "api_tokens", id);
	}

	void insert(ApiToken token, String secretHash) {
		jdbc.sql(
				"""
						INSERT INTO api_tokens (id, account_id, name, secret_hash, enabled, created_at, created_by_id, created_by_name)
						VALUES (:id, :accountId, :name, :secretHash, :enabled, :createdAt, :createdById, :createdByName)""")
			.param("id", token.id())
			.param("accountId", token.accountId())
			.param("name", token.name())
			.param("secretHash", secretHash)
			.param("enabled", token.enabled())
			.param("createdAt", Jdbc.ts(token.created().at()))
			.param("createdById", token.created().byId())
			.param("createdByName", token.created().byName())
			.update();
		token.moduleIds()
			.forEach(module -> jdbc
				.sql("INSERT INTO api_token_modules (token_id, module_id) VALUES (:tokenId, :moduleId)")
				.param("tokenId", token.id())
				.param("moduleId", module)
				.update());
	}

	/** A token as every API call reads it: with its modules and its account's type. */
	record Caller(ApiToken token, AccountType accountType) {
	}

	/**
	 * The token with this secret's hash, its modules and its account's type, in one
	 * statement (every API call asks): one row per module, or one with no module. An
	 * account's type never changes, so it is read here rather than with the account.
	 */
	Optional<Caller> findCallerBySecretHash(String secretHash) {
		List<Caller> found = new ArrayList<>(1);
		Set<String> modules = new HashSet<>();
		jdbc.sql("""
				SELECT t.*, a.type AS account_type, m.module_id FROM api_tokens t
				JOIN accounts a ON a.id = t.account_id
				LEFT JOIN api_token_modules m ON m.token_id = t.id
				WHERE t.secret_hash = :secretHash""").param("secretHash", secretHash).query(rs -> {
			if (found.isEmpty()) {
				found.add(new Caller(row(rs, 0), AccountType.valueOf(rs.getString("account_type"))));
			}
			String module = rs.getString("module_id");
			if (module != null) {
				modules.add(module);
			}
		});
		return found.stream()
			.findFirst()
			.map(caller -> new Caller(caller.token().withModuleIds(modules), caller.accountType()));
	}

	Optional<ApiToken> find(String id) {
		return withModules(
				jdbc.sql("SELECT * FROM api_tokens WHERE id = :id").param("id", id).query(ApiTokens::row).list())
			.stream()
			.findFirst();
	}

	/**
	 * How many of the account's tokens an RQL query matches, counting no further than
	 * {@code bound}.
	 */
	long countUpTo(String accountId, RqlQuery query, long bound) {
		SqlFragment sql = RqlPaging.count(fromWhere(accountId, query), bound);
		return jdbc.sql(sql.sql()).params(sql.params()).query(Long.class).single();
	}

	/**
	 * One page of an RQL query; without an order, oldest first, so pages stay stable
	 * while tokens are added.
	 */
	List<ApiToken> page(String accountId, RqlQuery query) {
		SqlFragment orderBy = query.order().isEmpty() ? SqlFragment.of("t.created_at, t.id") : query.orderBy();
		SqlFragment sql = SqlFragment.join(" ", List.of(fromWhere(accountId, query).wrap("SELECT t.* ", ""),
				orderBy.wrap("ORDER BY ", ""), query.page()));
		return withModules(jdbc.sql(sql.sql()).params(sql.params()).query(ApiTokens::row).list());
	}

	private static SqlFragment fromWhere(String accountId, RqlQuery query) {
		return SqlFragment.join(" AND ", List.of(SqlFragment.of("FROM api_tokens t WHERE t.account_id = ?", accountId),
				query.where().wrap("(", ")")));
	}

	/**
	 * Flips the flag only from the other value, so two simultaneous requests cannot both
	 * succeed.
	 */
	boolean setEnabled(String id, boolean enabled) {
		return jdbc.sql("UPDATE api_tokens SET enabled = :enabled WHERE id = :id AND enabled = :wasEnabled")
			.param("enabled", enabled)
			.param("id", id)
			.param("wasEnabled", !enabled)
			.update() == 1;
	}

	boolean delete(String id) {
		return jdbc.sql("DELETE FROM api_tokens WHERE id = :id").param("id", id).update() == 1;
	}

	/**
	 * Records use at most once a minute per token, so busy integrations do not write on
	 * every call: when the token as just read was used less than a minute ago, not even a
	 * statement is sent (the condition of the update keeps concurrent calls to one
	 * write).
	 */
	void touch(ApiToken token, Instant now) {
		Instant minuteAgo = now.minusSeconds(60);
		if (token.lastUsedAt() != null && !token.lastUsedAt().isBefore(minuteAgo)) {
			return;
		}
		jdbc.sql(
				"UPDATE api_tokens SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)")
			.param("now", Jdbc.ts(now))
			.param("id", token.id())
			.param("minuteAgo", Jdbc.ts(minuteAgo))
			.update();
	}

	/** Adds their modules to the tokens with one query, rather than one per token. */
	private List<ApiToken> withModules(List<ApiToken> tokens) {
		if (tokens.isEmpty()) {
			return tokens;
		}
		Map<String, Set<String>> modules = new HashMap<>();
		jdbc.sql("SELECT token_id, module_id FROM api_token_modules WHERE token_id IN (:ids)")
			.param("ids", tokens.stream().map(ApiToken::id).toList())
			.query(rs -> {
				modules.computeIfAbsent(rs.getString("token_id"), id -> new HashSet<>()).add(rs.getString("module_id"));
			});
		return tokens.stream().map(token -> token.withModuleIds(modules.getOrDefault(token.id(), Set.of()))).toList();
	}

	private static ApiToken row(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getString("id"), rs.getString("account_id"), rs.getString("name"), Set.of(),
				rs.getBoolean("enabled"), Jdbc.stamp(rs, "created"), Jdbc.instantOrNull(rs, "last_used_at"));
	}

}
