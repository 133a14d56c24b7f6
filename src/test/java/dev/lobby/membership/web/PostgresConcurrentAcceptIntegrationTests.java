package dev.lobby.membership.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** Concurrent accepts on PostgreSQL, where real row locks decide. */
@ExtendWith(Postgres.class)
class PostgresConcurrentAcceptIntegrationTests extends ConcurrentAcceptContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
