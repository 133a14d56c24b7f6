package dev.lobby.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * When the database refuses writes (as H2 did once the pool retired the connection that
 * compiled its constraints), health says DOWN, and a change answers 500 with a trace id
 * that is in the log, not 409 "Conflicting change". Runs on H2 and on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DatabaseWritesContract extends LobbyIntegrationTestBase {

	static final String BREAKER = "test_breaks_writes";

	@Autowired
	JdbcClient jdbc;

	/**
	 * Adds constraint {@link #BREAKER} to {@code outbound_emails}, so that no row can be
	 * written there.
	 */
	abstract void breakWrites();

	@Test
	void healthIsUpWhileWritesSucceed() {
		Api.Response health = anonymous().get("/actuator/health");

		assertThat(health.status()).as(health.text()).isEqualTo(200);
		assertThat(health.at("/status")).isEqualTo("UP");
	}

	@Test
	void whileWritesFailHealthIsDownAndAChangeIsAnInternalErrorWithATraceId(CapturedOutput output) {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		breakWrites();
		try {
			Api.Response health = anonymous().get("/actuator/health");
			assertThat(health.status()).as(health.text()).isEqualTo(503);
			assertThat(health.at("/status")).isEqualTo("DOWN");

			Api.Response invited = api(acme).post(acme.users(),
					invite(email, "Sam", "Smith", acme.administrators().id()));
			assertThat(invited.status()).as(invited.text()).isEqualTo(500);
			assertThat(invited.header("Content-Type")).startsWith("application/problem+json");
			String traceId = invited.at("/traceId");
			assertThat(traceId).isNotBlank();
			assertThat(invited.at("/detail")).contains(traceId).doesNotContain("outbound_emails");
			assertThat(output.getAll()).contains("Unexpected database error (traceId " + traceId);
		}
		finally {
			jdbc.sql("ALTER TABLE outbound_emails DROP CONSTRAINT " + BREAKER).update();
		}
		assertThat(api(acme).get(acme.users()).text()).as("the failed invitation changed nothing")
			.doesNotContain(email);
		assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
		Api.Response invited = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
	}

}
