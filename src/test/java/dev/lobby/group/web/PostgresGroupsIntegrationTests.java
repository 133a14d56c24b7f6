package dev.lobby.group.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** User groups on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresGroupsIntegrationTests extends GroupsContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
