package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The embedded default keeps working when the connection pool retires its connections (as
 * it does after {@code maxLifetime}, 30 minutes by default), including the connection
 * that ran the migrations: the whole invitation lifecycle, with every connection retired
 * before each step. A database of its own, so that its migrations run on this context's
 * pool.
 */
class H2ConnectionRetirementIntegrationTests extends LobbyIntegrationTestBase {

	static final String STRONG = "Str0ng!Pass";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:lobby-retirement;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInvitationLifecycleWorksAcrossTheRetirementOfEveryPooledConnection() {
		retireEveryConnection();
		TestAccount acme = accounts.client("Acme");
		String samEmail = uniqueEmail("sam");
		retireEveryConnection();
		Api.Response sam = api(acme).post(acme.users(), invite(samEmail, "Sam", "Smith", acme.administrators().id()));
		assertThat(sam.status()).as(sam.text()).isEqualTo(201);
		String samPath = acme.users() + "/" + sam.at("/id");

		retireEveryConnection();
		assertThat(mailTo(samEmail)).as("the outbox marks the email sent").hasSize(1);
		retireEveryConnection();
		Api.Response resent = api(acme).post(samPath + "/resend-invite", null);
		assertThat(resent.status()).as(resent.text()).isEqualTo(200);
		retireEveryConnection();
		Api.Response accepted = anonymous().post(
				"/public/v1/invitations/" + codeOf(sam.at("/invitation/url")) + "/accept",
				Map.of("firstName", "Sam", "lastName", "Smith", "password", STRONG));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		retireEveryConnection();
		Api.Response blocked = api(acme).post(samPath + "/block", null);
		assertThat(blocked.status()).as(blocked.text()).isEqualTo(200);
		retireEveryConnection();
		Api.Response removed = api(acme).delete(samPath);
		assertThat(removed.status()).as(removed.text()).isIn(200, 204);

		retireEveryConnection();
		Api.Response kim = api(acme).post(acme.users(),
				invite(uniqueEmail("kim"), "Kim", "Jones", acme.administrators().id()));
		assertThat(kim.status()).as(kim.text()).isEqualTo(201);
		retireEveryConnection();
		Api.Response declined = anonymous()
			.post("/public/v1/invitations/" + codeOf(kim.at("/invitation/url")) + "/decline", null);
		assertThat(declined.status()).as(declined.text()).isIn(200, 204);

		retireEveryConnection();
		assertThat(api(acme).get(samPath).at("/status")).isEqualTo("Disabled");
		assertThat(eventsOf(acme, sam.at("/id"))).containsExactly("lobby.invitation.sent", "lobby.invitation.resent",
				"lobby.invitation.accepted", "lobby.account-user.blocked", "lobby.account-user.removed");
		Api.Response health = anonymous().get("/actuator/health");
		assertThat(health.status()).as(health.text()).isEqualTo(200);
		assertThat(health.at("/status")).isEqualTo("UP");
	}

	/**
	 * H2 binds a CHECK that compares with an IN list of constants (or with equalities
	 * joined by OR, which it folds into one) to the session that compiled it: such a
	 * constraint breaks every write once that connection retires. New migrations must
	 * write {@code col = ANY (ARRAY[...])}.
	 */
	@Test
	void noCheckConstraintIsBoundToTheSessionThatCompiledIt() {
		List<String> clauses = jdbc.sql("SELECT check_clause FROM information_schema.check_constraints")
			.query(String.class)
			.list();
		assertThat(clauses).isNotEmpty()
			// H2 stores the compiled form, in which equalities joined by OR already are
			// an IN list.
			.noneMatch(clause -> clause.matches("(?is).*\\bIN\\s*\\(.*"));
	}

	/**
	 * Retires every pooled connection as {@code maxLifetime} does, and returns once H2
	 * has closed their sessions (the pool closes retired connections on a thread of its
	 * own).
	 */
	private void retireEveryConnection() {
		Set<Long> retired = new HashSet<>(sessions());
		((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
		int polls = 0;
		while (sessions().stream().anyMatch(retired::contains)) {
			assertThat(++polls).as("H2 still has sessions of retired connections open").isLessThan(1_000_000);
			Thread.onSpinWait();
		}
	}

	private List<Long> sessions() {
		return jdbc.sql("SELECT session_id FROM information_schema.sessions").query(Long.class).list();
	}

}
