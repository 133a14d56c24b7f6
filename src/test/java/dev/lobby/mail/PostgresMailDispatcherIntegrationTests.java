package dev.lobby.mail;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Postgres;

/** The outbox dispatcher on PostgreSQL, where several nodes share one outbox. */
@ExtendWith(Postgres.class)
class PostgresMailDispatcherIntegrationTests extends MailDispatcherContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
	}
}
