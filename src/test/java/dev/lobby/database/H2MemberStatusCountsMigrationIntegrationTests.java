package dev.lobby.database;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V21 on the embedded database, in PostgreSQL mode as the application runs it. */
class H2MemberStatusCountsMigrationIntegrationTests extends MemberStatusCountsMigrationContract {

	private final DataSource database = new DriverManagerDataSource("jdbc:h2:mem:v21-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");

	@Override
	DataSource database() {
		return database;
	}

}
