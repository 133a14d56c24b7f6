package dev.lobby.platform.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** Operator access to every account on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresOperatorAccessIntegrationTests extends OperatorAccessContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
