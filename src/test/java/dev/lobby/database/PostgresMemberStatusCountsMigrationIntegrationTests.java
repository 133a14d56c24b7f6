package dev.lobby.database;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.lobby.support.Postgres;

/**
 * V21 on PostgreSQL, in a schema of its own in the test database (dropped afterwards), so
 * that it starts empty while the other suites' schema stays.
 */
@ExtendWith(Postgres.class)
class PostgresMemberStatusCountsMigrationIntegrationTests extends MemberStatusCountsMigrationContract {

	private final String schema = "v21_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final DataSource database = new DriverManagerDataSource(
			Postgres.url() + (Postgres.url().contains("?") ? "&" : "?") + "currentSchema=" + schema);

	@Override
	DataSource database() {
		return database;
	}

	@Override
	FluentConfiguration flyway() {
		return super.flyway().schemas(schema);
	}

	@AfterEach
	void dropSchema() {
		JdbcClient.create(database()).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
	}

}
