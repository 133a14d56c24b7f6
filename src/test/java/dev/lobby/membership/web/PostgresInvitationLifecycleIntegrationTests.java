package dev.lobby.membership.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** The invitation lifecycle on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresInvitationLifecycleIntegrationTests extends InvitationLifecycleContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
