package dev.lobby.membership.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** What administrators learn about invitees, on PostgreSQL. */
@ExtendWith(Postgres.class)
class PostgresInviteeDataIntegrationTests extends InviteeDataContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
		// One more cached context on a server the whole suite shares: a small pool is plenty for these sequential tests.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> 3);
	}
}
