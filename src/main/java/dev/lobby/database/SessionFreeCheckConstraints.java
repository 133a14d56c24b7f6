package dev.lobby.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 5: rewrites the CHECK constraints that compare a column with a list of words
 * ({@code status IN ('Invited', …)}) as {@code status = ANY (ARRAY[…])}, under names of
 * their own.
 * <p>
 * Why: H2 compiles {@code IN} over constants (and {@code OR} of equalities, which it
 * folds into one) into a set that keeps the session that compiled it. When the pool
 * retires that connection ({@code maxLifetime}), every later write to the table fails
 * with "Check constraint invalid", until the database is reopened.
 * {@code = ANY (ARRAY[…])} is evaluated without it, and PostgreSQL stores {@code IN}
 * lists in that very form, so both databases keep one definition. New constraints must
 * use this form too ({@code H2ConnectionRetirementIntegrationTests} refuses an {@code IN}
 * list).
 * <p>
 * In Java rather than SQL because H2 named V1's inline constraints itself
 * ({@code CONSTRAINT_80}), differently from PostgreSQL ({@code accounts_type_check}): the
 * names are looked up.
 */
@Component
class SessionFreeCheckConstraints implements JavaMigration {

	private record Check(String table, String name, String condition) {
	}

	/**
	 * Every CHECK of these tables that compares with a word; the others (numbers, nulls)
	 * stay.
	 */
	private static final List<Check> CHECKS = List.of(
			new Check("accounts", "accounts_type", "type = ANY (ARRAY['Operations', 'Client'])"),
			new Check("account_users", "account_users_status",
					"status = ANY (ARRAY['Invited', 'Active', 'Blocked', 'Disabled', 'Declined'])"),
			new Check("account_users", "account_users_live_key",
					"(status = ANY (ARRAY['Invited', 'Active', 'Blocked']) AND live_user_id = user_id)"
							+ " OR (status = ANY (ARRAY['Disabled', 'Declined']) AND live_user_id IS NULL)"),
			new Check("account_users", "account_users_invited_expiry",
					"status <> 'Invited' OR invitation_expires_at IS NOT NULL"),
			new Check("account_users", "account_users_joined",
					"status <> ALL (ARRAY['Active', 'Blocked']) OR joined_at IS NOT NULL"),
			new Check("outbound_emails", "outbound_emails_status",
					"status = ANY (ARRAY['Pending', 'Sent', 'Failed'])"));

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("5");
	}

	@Override
	public String getDescription() {
		return "check constraints without IN lists";
	}

	@Override
	public Integer getChecksum() {
		StringBuilder definition = new StringBuilder();
		CHECKS.forEach(check -> definition.append(check.table()).append(check.name()).append(check.condition()));
		return definition.toString().hashCode();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			for (String table : CHECKS.stream().map(Check::table).distinct().toList()) {
				for (String old : wordChecks(connection, table)) {
					sql.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + old.replace("\"", "\"\"") + "\"");
				}
			}
			for (Check check : CHECKS) {
				sql.execute("ALTER TABLE " + check.table() + " ADD CONSTRAINT " + check.name() + " CHECK ("
						+ check.condition() + ")");
			}
		}
	}

	/**
	 * The CHECK constraints of a table whose condition holds a quoted word (not NOT NULL,
	 * not numbers).
	 */
	private static List<String> wordChecks(Connection connection, String table) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT tc.constraint_name, cc.check_clause
				FROM information_schema.table_constraints tc
				JOIN information_schema.check_constraints cc
				  ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
				WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = CURRENT_SCHEMA AND tc.table_name = ?
				""")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					if (rows.getString(2).contains("'")) {
						names.add(rows.getString(1));
					}
				}
			}
		}
		return names;
	}

}
