package dev.lobby.apitoken.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** API token management on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresApiTokensIntegrationTests extends ApiTokensContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
