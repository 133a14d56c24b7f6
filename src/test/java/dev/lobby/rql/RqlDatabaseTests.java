package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs translated queries on H2 in PostgreSQL mode to check the SQL means what the docs
 * say.
 */
class RqlDatabaseTests {

	private static Connection connection;

	@BeforeAll
	static void seed() throws SQLException {
		connection = DriverManager
			.getConnection("jdbc:h2:mem:rql;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		try (Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE users (id VARCHAR(10) PRIMARY KEY, email VARCHAR(100), first_name VARCHAR(100))");
			sql.execute(
					"CREATE TABLE account_users (id VARCHAR(10) PRIMARY KEY, user_id VARCHAR(10), status VARCHAR(20),"
							+ " invitation_expires_at TIMESTAMP WITH TIME ZONE, created_at TIMESTAMP WITH TIME ZONE,"
							+ " joined_at TIMESTAMP WITH TIME ZONE, logins BIGINT, admin BOOLEAN)");
			sql.execute("CREATE TABLE account_user_groups (account_user_id VARCHAR(10), group_id VARCHAR(10))");
			sql.execute("INSERT INTO users VALUES ('u1', 'Ann@Example.com', 'Ann'), ('u2', 'bob@other.org', 'Bob'),"
					+ " ('u3', '50%_off@example.com', 'Émile'), ('u4', 'dee@example.com', NULL)");
			sql.execute("INSERT INTO account_users VALUES"
					+ " ('a1', 'u1', 'Active', NULL, '2026-01-01T10:00:00Z', '2026-01-02T10:00:00Z', 5, TRUE),"
					+ " ('a2', 'u2', 'Invited', '2026-05-01T00:00:00Z', '2026-02-01T10:00:00Z', NULL, 0, FALSE),"
					+ " ('a3', 'u3', 'Invited', '2026-07-01T00:00:00Z', '2026-02-01T10:00:00Z', NULL, NULL, FALSE),"
					+ " ('a4', 'u4', 'Blocked', NULL, '2026-03-01T11:00:00+01:00', '2026-03-02T10:00:00Z', 2, NULL)");
			sql.execute("INSERT INTO account_user_groups VALUES ('a1', 'G1'), ('a1', 'G2'), ('a3', 'G2')");
		}
	}

	@AfterAll
	static void close() throws SQLException {
		connection.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""                                              | a1 a2 a3 a4
			status=Invited                                  | a2 a3
			eq(status,InvitationExpired)                    | a2
			ne(status,InvitationExpired)                    | a1 a3 a4
			ilike(user.email,*@EXAMPLE.com)                 | a1 a3 a4
			ilike(user.email,50%25_*)                       | a3
			ilike(user.email,5_*)                           | ""
			ilike(user.firstName,%C3%A9*)                   | a3
			ne(user.firstName,Ann)                          | a2 a3 a4
			not(eq(user.firstName,Ann))                     | a2 a3 a4
			eq(user.firstName,null())                       | a4
			out(logins,0,5)                                 | a3 a4
			gt(logins,1)                                    | a1 a4
			ne(admin,true)                                  | a2 a3 a4
			eq(admin,false)                                 | a2 a3
			ge(audit.created.at,2026-03-01T10:00:00Z)       | a4
			le(audit.created.at,2026-02-01T11:00:00%2B01:00) | a1 a2 a3
			eq(joinedAt,null())                             | a2 a3
			eq(groups.id,G2)                                | a1 a3
			out(groups.id,G1)                               | a2 a3 a4
			eq(groups.id,null())                            | a2 a4
			ne(groups.id,null())                            | a1 a3
			or(and(eq(status,Invited),gt(audit.created.at,2026-01-15T00:00:00Z)),eq(logins,2)) | a2 a3 a4
			order=-audit.created.at                         | a4 a2 a3 a1
			order=-logins                                   | a1 a4 a2 a3
			order=logins                                    | a2 a4 a1 a3
			order=-joinedAt&limit=2                         | a4 a1
			order=-joinedAt&limit=2&offset=2                | a2 a3
			""")
	void returnsTheRowsTheQueryDescribes(String query, String expectedIds) throws SQLException {
		assertThat(String.join(" ", ids(RqlQuery.parse(query, SampleSchema.SCHEMA)))).isEqualTo(expectedIds);
	}

	private static List<String> ids(RqlQuery query) throws SQLException {
		SqlFragment where = query.where();
		SqlFragment page = query.page();
		String sql = "SELECT au.id FROM account_users au JOIN users u ON u.id = au.user_id WHERE " + where.sql()
				+ " ORDER BY " + query.orderBy().sql() + " " + page.sql();
		List<Object> params = new ArrayList<>(where.params());
		params.addAll(page.params());
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				statement.setObject(i + 1, params.get(i));
			}
			List<String> ids = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
			return ids;
		}
	}

}
