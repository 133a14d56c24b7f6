package dev.lobby.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 22: the address and names an account sees for a member live on the membership
 * row, so that the member list filters and sorts on them with indexes of that one table,
 * instead of reading every member of the account through expressions over
 * {@code account_users} and {@code users}.
 * <ul>
 * <li>{@code invitee_email}, {@code invitee_first_name} and {@code invitee_last_name}
 * become {@code shown_*}: what the account typed until the person joins, as before; from
 * joining on a copy of the person's own (joined memberships get it here, later changes
 * come from the membership module). Nothing read the typed spelling of a joined
 * member.</li>
 * <li>A B-tree for sorting an account's members by name, in the order the list asks for
 * (read forwards or backwards); on PostgreSQL another for their lower-cased address, the
 * key every email filter and sort compares (H2 indexes no expressions).</li>
 * <li>On PostgreSQL, one trigram index (pg_trgm, GIN) over both names and the lower-cased
 * address for the infix search ({@code ilike(user.lastName,*berg*)}, the Users grid's
 * search box). Creating the extension needs the CREATE privilege on the database (pg_trgm
 * is a trusted extension) unless it exists already; without it, or without pg_trgm
 * installed, the migration logs one warning saying what to run, and searches still work,
 * unindexed. H2 gets no trigram index.</li>
 * </ul>
 * In Java rather than SQL because the databases differ: how a column is renamed, how the
 * copy reads fastest, which indexes there can be.
 */
@Component
class IndexedShownNames implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(IndexedShownNames.class);

	private static final List<String> RENAMED = List.of("email", "first_name", "last_name");

	/** Joined memberships show their login's spelling and names. */
	private static final String COPY = """
			UPDATE account_users SET (shown_email, shown_first_name, shown_last_name) = (
			    SELECT u.email, u.first_name, u.last_name FROM users u WHERE u.id = account_users.user_id)
			WHERE joined_at IS NOT NULL""";

	/**
	 * The same as one join, writing only the rows that differ (most show what their user
	 * is called already: V6 copied it).
	 */
	private static final String POSTGRES_COPY = """
			UPDATE account_users au SET shown_email = u.email, shown_first_name = u.first_name, shown_last_name = u.last_name
			FROM users u
			WHERE u.id = au.user_id AND au.joined_at IS NOT NULL
			    AND (au.shown_email <> u.email OR au.shown_first_name <> u.first_name OR au.shown_last_name <> u.last_name)""";

	/**
	 * The Users grid's sort by name: last name, first name, id (ascending or, read
	 * backwards, descending); order=user.lastName reads it too, sorting only the members
	 * of one last name by id.
	 */
	private static final String NAME_INDEX = "CREATE INDEX account_users_account_name"
			+ " ON account_users (account_id, shown_last_name, shown_first_name, id)";

	/** order=user.email (the grid's sort by email), eq(user.email,…). */
	private static final String EMAIL_INDEX = "CREATE INDEX account_users_account_email"
			+ " ON account_users (account_id, LOWER(shown_email), id)";

	static final String TRIGRAM_EXTENSION = "CREATE EXTENSION IF NOT EXISTS pg_trgm";

	static final String TRIGRAM_INDEX = "CREATE INDEX account_users_shown_trigrams ON account_users USING gin"
			+ " (shown_first_name gin_trgm_ops, shown_last_name gin_trgm_ops, LOWER(shown_email) gin_trgm_ops)";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("22");
	}

	@Override
	public String getDescription() {
		return "shown names on memberships, indexed";
	}

	@Override
	public Integer getChecksum() {
		return Stream
			.concat(RENAMED.stream(),
					Stream.of(COPY, POSTGRES_COPY, NAME_INDEX, EMAIL_INDEX, TRIGRAM_EXTENSION, TRIGRAM_INDEX))
			.collect(Collectors.joining(";"))
			.hashCode();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		try (Statement sql = connection.createStatement()) {
			for (String column : RENAMED) {
				sql.execute(postgres
						? "ALTER TABLE account_users RENAME COLUMN invitee_" + column + " TO shown_" + column
						: "ALTER TABLE account_users ALTER COLUMN invitee_" + column + " RENAME TO shown_" + column);
			}
			sql.execute(postgres ? POSTGRES_COPY : COPY);
			sql.execute(NAME_INDEX);
			if (postgres) {
				sql.execute(EMAIL_INDEX);
				trigramIndex(connection, sql);
			}
		}
	}

	/**
	 * Tried under a savepoint: when PostgreSQL refuses, the rest of the migration stands
	 * and Lobby starts, searching without the index.
	 */
	private static void trigramIndex(Connection connection, Statement sql) throws SQLException {
		Savepoint before = connection.setSavepoint();
		try {
			sql.execute(TRIGRAM_EXTENSION);
			sql.execute(TRIGRAM_INDEX);
			connection.releaseSavepoint(before);
		}
		catch (SQLException refused) {
			connection.rollback(before);
			log.warn(
					"Searching members by name or address is not indexed: PostgreSQL refused the trigram index "
							+ "({}), so each search reads all members of its account. To add the index, run as a role "
							+ "with the CREATE privilege on this database: {}; {};",
					refused.getMessage(), TRIGRAM_EXTENSION, TRIGRAM_INDEX);
		}
	}

}
