package dev.lobby.security;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** Login takeover and password guessing on PostgreSQL, where real row locks decide the race. */
@ExtendWith(Postgres.class)
class PostgresLoginTakeoverIntegrationTests extends LoginTakeoverContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
