package dev.lobby.account.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** The account list on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresAccountListIntegrationTests extends AccountListContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
