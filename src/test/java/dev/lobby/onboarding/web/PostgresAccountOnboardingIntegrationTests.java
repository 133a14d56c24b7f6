package dev.lobby.onboarding.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** Account creation over the API on PostgreSQL, the production database. */
@ExtendWith(Postgres.class)
class PostgresAccountOnboardingIntegrationTests extends AccountOnboardingContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
