package dev.lobby.database;

import dev.lobby.support.PostgresDatabase;

/** Health and errors while writes fail, on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresDatabaseWritesIntegrationTests extends DatabaseWritesContract {

	/** A constraint no row meets; NOT VALID leaves the rows already there alone. */
	@Override
	void breakWrites() {
		jdbc.sql("ALTER TABLE outbound_emails ADD CONSTRAINT " + BREAKER + " CHECK (status IS NULL) NOT VALID")
			.update();
	}

}
