package dev.lobby.database;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Migration 22 on existing memberships, on an embedded database of its own. */
class H2ShownNamesMigrationIntegrationTests extends ShownNamesMigrationContract {

	@Override
	DataSource freshDatabase() {
		return new SimpleDriverDataSource(new Driver(),
				"jdbc:h2:mem:v22-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
	}

}
