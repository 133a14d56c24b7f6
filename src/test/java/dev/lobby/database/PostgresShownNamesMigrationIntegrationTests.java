package dev.lobby.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.lobby.support.Postgres;

/**
 * Migration 22 on PostgreSQL, each test in a database of its own (created and dropped
 * through {@code LOBBY_TEST_PG_URL}, whose role may create databases and roles): existing
 * memberships, the trigram index the search reads, and a role that may not create the
 * extension, for which Lobby still migrates, warns once and searches unindexed.
 */
@ExtendWith({ Postgres.class, OutputCaptureExtension.class })
class PostgresShownNamesMigrationIntegrationTests extends ShownNamesMigrationContract {

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

	private static final String SEARCH_IN_ACCOUNT = "SELECT id FROM account_users au"
			+ " WHERE au.account_id = 'ACC-0000-0001' AND au.live_user_id IS NOT NULL";

	/** What the member list sends for {@code ilike(user.lastName,*ande*)}. */
	private static final String SEARCH = SEARCH_IN_ACCOUNT + " AND au.shown_last_name ILIKE '%ande%' ESCAPE '\\'";

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> cleanup = new ArrayList<>();

	@Override
	DataSource freshDatabase() {
		String name = "lobby_v22_" + tag;
		admin("CREATE DATABASE " + name);
		cleanup.add(0, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		return new DriverManagerDataSource(url(name));
	}

	@AfterEach
	void dropWhatWasCreated() {
		cleanup.forEach(PostgresShownNamesMigrationIntegrationTests::admin);
	}

	@Test
	void theSearchCanReadTheTrigramIndex() {
		DataSource database = freshDatabase();
		flyway(database, "latest").migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'account_users_shown_trigrams'")
			.query(String.class)
			.single()).contains("USING gin").contains("gin_trgm_ops");
		// 2,000 members, one of them Zander: told not to scan the table, the planner
		// shows whether the index answers the list's ILIKE on each field.
		jdbc.sql("""
				INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name)
				VALUES ('ACC-0000-0001', 'Acme', 'Client', 'en', ?, 'SYSTEM', 'Test')""").param(T0).update();
		jdbc.sql("""
				INSERT INTO users (id, email, email_key, first_name, last_name, created_at, updated_at)
				SELECT 'USR-0000-' || lpad(i::text, 4, '0'), 'm' || i || '@example.com', 'm' || i || '@example.com',
				    'First' || i, CASE WHEN i = 7 THEN 'Zander' ELSE 'Last' || i END, ?, ?
				FROM generate_series(1, 2000) i""").params(T0, T0).update();
		jdbc.sql(
				"""
						INSERT INTO account_users (id, account_id, user_id, shown_email, shown_first_name, shown_last_name, status,
						    live_user_id, link_generation, invitation_expires_at, invited_by_id, invited_by_name, version,
						    created_at, created_by_id, created_by_name, updated_at, updated_by_id, updated_by_name)
						SELECT 'AUSR-0000-0000-' || lpad(i::text, 4, '0'), 'ACC-0000-0001', u.id, u.email, u.first_name,
						    u.last_name, 'Invited', u.id, 1, ?, 'SYSTEM', 'Test', 0, ?, 'SYSTEM', 'Test', ?, 'SYSTEM', 'Test'
						FROM users u JOIN generate_series(1, 2000) i ON u.id = 'USR-0000-' || lpad(i::text, 4, '0')""")
			.params(T0.plusDays(7), T0, T0)
			.update();
		// As autovacuum would: moves the new rows' trigrams from the index's pending list
		// into the index proper, which the planner then prices as it will in use.
		jdbc.sql("VACUUM ANALYZE account_users").update();
		for (String field : List.of("au.shown_first_name", "au.shown_last_name", "LOWER(au.shown_email)")) {
			String search = SEARCH_IN_ACCOUNT + " AND " + field + " ILIKE '%ande%' ESCAPE '\\'";
			assertThat(plan(database, search)).as(field).contains("Bitmap Index Scan on account_users_shown_trigrams");
		}
		assertThat(jdbc.sql(SEARCH).query(String.class).list()).containsExactly("AUSR-0000-0000-0007");
	}

	@Test
	void withoutTheRightToCreateTheExtensionLobbyMigratesWarnsOnceAndSearchesUnindexed(CapturedOutput output)
			throws SQLException {
		String name = "lobby_v22_" + tag;
		String role = "lobby_v22_" + tag;
		String password = UUID.randomUUID().toString();
		freshDatabase();
		admin("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
		cleanup.add("DROP ROLE IF EXISTS " + role);
		try (Connection connection = DriverManager.getConnection(url(name));
				Statement sql = connection.createStatement()) {
			// As an installation whose role owns its schema but may not create
			// extensions in the database.
			sql.execute("CREATE SCHEMA lobby AUTHORIZATION " + role);
			sql.execute("ALTER ROLE " + role + " SET search_path = lobby");
		}
		DriverManagerDataSource asRole = new DriverManagerDataSource(urlWithoutLogin(name), role, password);

		flyway(asRole, "latest").migrate();

		JdbcClient jdbc = JdbcClient.create(asRole);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'account_users_shown_trigrams'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'account_users_account_name'")
			.query(Long.class)
			.single()).as("the rest of the migration stands").isOne();
		assertThat(output.getAll().split("Searching members by name or address is not indexed", -1)).hasSize(2);
		assertThat(output.getAll()).contains("CREATE EXTENSION IF NOT EXISTS pg_trgm");
		assertThat(jdbc.sql(SEARCH).query(String.class).list()).isEmpty();
	}

	private static String plan(DataSource database, String query) {
		try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("SET enable_seqscan = off");
			List<String> plan = new ArrayList<>();
			try (ResultSet rows = sql.executeQuery("EXPLAIN " + query)) {
				while (rows.next()) {
					plan.add(rows.getString(1));
				}
			}
			return String.join("\n", plan);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The test database's URL for another database, with its parameters. */
	private static String url(String database) {
		Matcher url = URL.matcher(Postgres.url());
		if (!url.matches()) {
			throw new IllegalStateException(Postgres.URL_VARIABLE + " is not a jdbc:postgresql://host/database URL");
		}
		return url.group(1) + database + (url.group(3) == null ? "" : url.group(3));
	}

	/** The same, with the login left out (the URL's would win over the one given). */
	private static String urlWithoutLogin(String database) {
		String url = url(database);
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		String kept = Arrays.stream(url.substring(query + 1).split("&"))
			.filter(part -> !part.startsWith("user=") && !part.startsWith("password="))
			.collect(Collectors.joining("&"));
		return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
	}

	private static void admin(String statement) {
		try (Connection connection = DriverManager.getConnection(Postgres.url());
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
		catch (SQLException e) {
			throw new IllegalStateException(statement, e);
		}
	}

}
