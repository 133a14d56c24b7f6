package dev.lobby.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.beans.factory.annotation.Value;

/** Health and errors while writes fail, on the embedded database. */
class H2DatabaseWritesIntegrationTests extends DatabaseWritesContract {

	@Value("${spring.datasource.url}")
	String url;

	/**
	 * The failure as it happened: a CHECK with an IN list, compiled by a session that
	 * then closes, cannot be evaluated any more ("Check constraint invalid").
	 */
	@Override
	void breakWrites() {
		try (Connection outsider = DriverManager.getConnection(url, "sa", "");
				Statement sql = outsider.createStatement()) {
			sql.execute("ALTER TABLE outbound_emails ADD CONSTRAINT " + BREAKER
					+ " CHECK (status IN ('Pending', 'Sent', 'Failed'))");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
