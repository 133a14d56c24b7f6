package dev.lobby.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 22 on memberships that exist already: a joined member's row takes the names
 * and address spelling of their login, one not (yet) joined keeps what its account typed
 * (whose lower-cased address is its login's key all the same). Runs on H2 and on
 * PostgreSQL, each in a database of its own.
 */
abstract class ShownNamesMigrationContract {

	static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-01T10:00:00Z");

	/** An empty database for this test alone. */
	abstract DataSource freshDatabase();

	static Flyway flyway(DataSource database, String target) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.javaMigrations(new SessionFreeCheckConstraints(), new IndexedShownNames())
			.target(target)
			.load();
	}

	@Test
	void joinedMembershipsShowTheirLoginsNamesAndTheOthersWhatTheAccountTyped() {
		DataSource database = freshDatabase();
		flyway(database, "20").migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		jdbc.sql("""
				INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name)
				VALUES ('ACC-0000-0001', 'Acme', 'Client', 'en', ?, 'SYSTEM', 'Test')""").param(T0).update();
		user(jdbc, "USR-0000-0001", "Sam.Smith@Example.com", "Samuel", "Smythe");
		user(jdbc, "USR-0000-0002", "kim@example.com", "Kimberly", "Lee-Park");
		member(jdbc, "AUSR-0000-0000-0001", "USR-0000-0001", "SAM.SMITH@example.com", "Sam", "Smith", "Active", T0);
		member(jdbc, "AUSR-0000-0000-0002", "USR-0000-0002", "Kim@Example.com", "Kim", "Lee", "Invited", null);

		flyway(database, "latest").migrate();

		Map<String, List<String>> shown = jdbc
			.sql("SELECT id, LOWER(shown_email), shown_email, shown_first_name, shown_last_name FROM account_users")
			.query(rs -> {
				Map<String, List<String>> rows = new TreeMap<>();
				while (rs.next()) {
					rows.put(rs.getString(1),
							List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
				}
				return rows;
			});
		assertThat(shown).containsExactly(
				Map.entry("AUSR-0000-0000-0001",
						List.of("sam.smith@example.com", "Sam.Smith@Example.com", "Samuel", "Smythe")),
				Map.entry("AUSR-0000-0000-0002", List.of("kim@example.com", "Kim@Example.com", "Kim", "Lee")));
	}

	static void user(JdbcClient jdbc, String id, String email, String firstName, String lastName) {
		jdbc.sql("""
				INSERT INTO users (id, email, email_key, first_name, last_name, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, email, email.toLowerCase(Locale.ROOT), firstName, lastName, T0, T0)
			.update();
	}

	static void member(JdbcClient jdbc, String id, String userId, String typedEmail, String firstName, String lastName,
			String status, @Nullable OffsetDateTime joinedAt) {
		jdbc.sql(
				"""
						INSERT INTO account_users (id, account_id, user_id, invitee_email, invitee_first_name, invitee_last_name,
						    status, live_user_id, link_generation, invitation_expires_at, invited_by_id, invited_by_name,
						    joined_at, version, created_at, created_by_id, created_by_name, updated_at, updated_by_id,
						    updated_by_name)
						VALUES (?, 'ACC-0000-0001', ?, ?, ?, ?, ?, ?, 1, ?, 'SYSTEM', 'Test', ?, 0, ?, 'SYSTEM', 'Test', ?,
						    'SYSTEM', 'Test')""")
			.params(id, userId, typedEmail, firstName, lastName, status, userId, T0.plusDays(7), joinedAt, T0, T0)
			.update();
	}

}
