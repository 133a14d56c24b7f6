package dev.lobby.platform.database;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** Health and errors while writes fail, on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresDatabaseWritesIntegrationTests extends DatabaseWritesContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}

	/** A constraint no row meets; NOT VALID leaves the rows already there alone. */
	@Override
	void breakWrites() {
		jdbc.sql("ALTER TABLE outbound_emails ADD CONSTRAINT " + BREAKER + " CHECK (status IS NULL) NOT VALID").update();
	}
}
