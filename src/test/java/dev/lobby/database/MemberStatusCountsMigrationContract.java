package dev.lobby.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V21 counts every account's members per stored status from {@code account_users}, on a
 * database migrated to V20 with members in every status and changes not yet folded: the
 * counts are the members and the changes are gone (they only counted the same rows). V24
 * counts each group's members per status beside them, the same way. Each run migrates a
 * database of its own, with every migration the application runs.
 */
abstract class MemberStatusCountsMigrationContract {

	static final Timestamp AT = Timestamp.from(Instant.parse("2027-01-01T00:00:00Z"));

	/** An empty database (or schema) of this run's own. */
	abstract DataSource database();

	/** Flyway on {@link #database()}. */
	FluentConfiguration flyway() {
		return Flyway.configure()
			.dataSource(database())
			.locations("classpath:db/migration")
			.javaMigrations(new SessionFreeCheckConstraints());
	}

	@Test
	void v21CountsEveryStatusFromTheMembersAndDropsTheChangesNotYetFolded() {
		flyway().target("20").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database());
		account(jdbc, "ACC-0000-0001");
		account(jdbc, "ACC-0000-0002");
		account(jdbc, "ACC-0000-0003");
		int user = 0;
		for (String status : new String[] { "Invited", "Invited", "Active", "Active", "Active", "Blocked", "Disabled",
				"Disabled", "Declined" }) {
			member(jdbc, "ACC-0000-0001", ++user, status);
		}
		member(jdbc, "ACC-0000-0002", ++user, "Active");
		// As V20 left them: account 1's live total partly folded (3 of 6), account 2's
		// wholly, account 3 without members.
		jdbc.sql("INSERT INTO member_counts (account_id, live_members) VALUES ('ACC-0000-0001', 3),"
				+ " ('ACC-0000-0002', 1), ('ACC-0000-0003', 0)")
			.update();
		for (int i = 0; i < 4; i++) {
			jdbc.sql("INSERT INTO member_count_changes (account_id, change) VALUES ('ACC-0000-0001', 1)").update();
		}
		jdbc.sql("INSERT INTO member_count_changes (account_id, change) VALUES ('ACC-0000-0001', -1)").update();

		flyway().load().migrate();

		assertThat(counts(jdbc, "ACC-0000-0001"))
			.isEqualTo(Map.of("Invited", 2L, "Active", 3L, "Blocked", 1L, "Disabled", 2L, "Declined", 1L));
		assertThat(counts(jdbc, "ACC-0000-0002")).isEqualTo(Map.of("Active", 1L));
		assertThat(counts(jdbc, "ACC-0000-0003")).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM member_count_changes").query(Long.class).single()).isZero();

		// Every change now names the status it counts, one the application stores, in any
		// session (on H2 the check must not be bound to the one that ran the migration).
		jdbc.sql("INSERT INTO member_count_changes (account_id, status, change) VALUES ('ACC-0000-0003', 'Invited', 1)")
			.update();
		assertThatThrownBy(() -> jdbc.sql(
				"INSERT INTO member_count_changes (account_id, status, change) VALUES ('ACC-0000-0003', 'InvitationExpired', 1)")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(
				() -> jdbc.sql("INSERT INTO member_count_changes (account_id, change) VALUES ('ACC-0000-0003', 1)")
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
		// An account's count row deleted (to have it counted afresh) takes its status
		// rows
		// with it.
		jdbc.sql("DELETE FROM member_counts WHERE account_id = 'ACC-0000-0002'").update();
		assertThat(counts(jdbc, "ACC-0000-0002")).isEmpty();
	}

	@Test
	void v24CountsEveryGroupsMembersPerStatusBesideTheAccountsAndDropsTheChangesNotYetFolded() {
		flyway().target("23").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database());
		account(jdbc, "ACC-0000-0001");
		account(jdbc, "ACC-0000-0002");
		group(jdbc, "ACC-0000-0001", "UGR-0000-0001");
		group(jdbc, "ACC-0000-0001", "UGR-0000-0002");
		group(jdbc, "ACC-0000-0002", "UGR-0000-0003");
		member(jdbc, "ACC-0000-0001", 1, "Active", "UGR-0000-0001", "UGR-0000-0002");
		member(jdbc, "ACC-0000-0001", 2, "Active", "UGR-0000-0001");
		member(jdbc, "ACC-0000-0001", 3, "Invited", "UGR-0000-0002");
		member(jdbc, "ACC-0000-0001", 4, "Disabled", "UGR-0000-0002");
		member(jdbc, "ACC-0000-0002", 5, "Active", "UGR-0000-0003");
		// As V23 left them: account 1 counted, with a change not yet folded; account 2
		// never counted (its first fold counts it).
		jdbc.sql("INSERT INTO member_counts (account_id) VALUES ('ACC-0000-0001')").update();
		jdbc.sql("INSERT INTO member_status_counts (account_id, status, members) VALUES ('ACC-0000-0001', 'Active', 2),"
				+ " ('ACC-0000-0001', 'Invited', 1)")
			.update();
		jdbc.sql(
				"INSERT INTO member_count_changes (account_id, status, change) VALUES ('ACC-0000-0001', 'Disabled', 1)")
			.update();

		flyway().load().migrate();

		assertThat(counts(jdbc, "ACC-0000-0001", "")).isEqualTo(Map.of("Active", 2L, "Invited", 1L, "Disabled", 1L));
		assertThat(counts(jdbc, "ACC-0000-0001", "UGR-0000-0001")).isEqualTo(Map.of("Active", 2L));
		assertThat(counts(jdbc, "ACC-0000-0001", "UGR-0000-0002"))
			.isEqualTo(Map.of("Active", 1L, "Invited", 1L, "Disabled", 1L));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM member_status_counts WHERE account_id = 'ACC-0000-0002'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM member_count_changes").query(Long.class).single()).isZero();

		// A change names its group, or none ('', the account as a whole) when it does not
		// say; one count row per account, group and status.
		jdbc.sql("INSERT INTO member_count_changes (account_id, status, change) VALUES ('ACC-0000-0001', 'Active', 1)")
			.update();
		assertThat(jdbc.sql("SELECT group_id FROM member_count_changes").query(String.class).single()).isEmpty();
		assertThatThrownBy(() -> jdbc
			.sql("INSERT INTO member_status_counts (account_id, group_id, status, members)"
					+ " VALUES ('ACC-0000-0001', 'UGR-0000-0001', 'Active', 5)")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Map<String, Long> counts(JdbcClient jdbc, String accountId, String groupId) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("SELECT status, members FROM member_status_counts WHERE account_id = ? AND group_id = ?")
			.params(accountId, groupId)
			.query(rs -> {
				counts.put(rs.getString("status"), rs.getLong("members"));
			});
		return counts;
	}

	private static Map<String, Long> counts(JdbcClient jdbc, String accountId) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("SELECT status, members FROM member_status_counts WHERE account_id = ?").param(accountId).query(rs -> {
			counts.put(rs.getString("status"), rs.getLong("members"));
		});
		return counts;
	}

	private static void account(JdbcClient jdbc, String id) {
		jdbc.sql("INSERT INTO accounts (id, name, type, created_at, created_by_id, created_by_name)"
				+ " VALUES (?, ?, 'Client', ?, 'system', 'System')")
			.params(id, "Account " + id, AT)
			.update();
	}

	private static void group(JdbcClient jdbc, String accountId, String id) {
		jdbc.sql(
				"INSERT INTO user_groups (id, account_id, name, name_key, is_default, version, created_at, created_by_id,"
						+ " created_by_name, updated_at, updated_by_id, updated_by_name)"
						+ " VALUES (?, ?, ?, ?, FALSE, 0, ?, 'system', 'System', ?, 'system', 'System')")
			.params(id, accountId, "Group " + id, "group " + id.toLowerCase(), AT, AT)
			.update();
	}

	private static void member(JdbcClient jdbc, String accountId, int number, String status, String... groupIds) {
		String userId = String.format("USR-0000-%04d", number);
		String email = "member" + number + "@example.com";
		jdbc.sql("INSERT INTO users (id, email, email_key, first_name, last_name, created_at, updated_at)"
				+ " VALUES (?, ?, ?, 'Count', 'Member', ?, ?)")
			.params(userId, email, email, AT, AT)
			.update();
		boolean live = Set.of("Invited", "Active", "Blocked").contains(status);
		boolean joined = Set.of("Active", "Blocked").contains(status);
		jdbc.sql(
				"""
						INSERT INTO account_users (id, account_id, user_id, invitee_email, invitee_first_name, invitee_last_name,
						    status, live_user_id, link_generation, invitation_expires_at, invited_by_id, invited_by_name,
						    joined_at, ended_at, version, created_at, created_by_id, created_by_name, updated_at, updated_by_id,
						    updated_by_name)
						VALUES (?, ?, ?, ?, 'Count', 'Member', ?, ?, 1, ?, 'system', 'System', ?, ?, 0, ?, 'system', 'System', ?,
						    'system', 'System')""")
			.params(String.format("AUSR-0000-0000-%04d", number), accountId, userId, email, status,
					live ? userId : null, AT, joined ? AT : null, live ? null : AT, AT, AT)
			.update();
		for (String groupId : groupIds) {
			jdbc.sql("INSERT INTO account_user_groups (account_user_id, account_id, group_id) VALUES (?, ?, ?)")
				.params(String.format("AUSR-0000-0000-%04d", number), accountId, groupId)
				.update();
		}
	}

}
