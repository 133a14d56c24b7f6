package dev.lobby.membership.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** RQL on the member list and the audit trail, on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresListQueriesIntegrationTests extends ListQueriesContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
