package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.MutableClock;
import dev.lobby.account.AccountType;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Many invites of one account at the same moment, three below its limit: exactly three go
 * through, on one node and on two nodes sharing the database; the others are told to
 * wait, and nothing of theirs is left behind.
 */
abstract class InvitationEmailRaceContract extends LobbyIntegrationTestBase {

	static final int LIMIT = 10;

	static final int CALLERS = 16;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A second Lobby on the same database: the same settings under another name, so the
	 * test framework starts a context of its own for it.
	 */
	@TestPropertySource(properties = "spring.datasource.hikari.pool-name=second-node")
	abstract static class SecondNode extends LobbyIntegrationTestBase {

		@LocalServerPort
		int secondPort;

		@Autowired
		MutableClock secondClock;

	}

	/** The second node's class, on this suite's database. */
	abstract Class<? extends SecondNode> secondNode();

	@Test
	void concurrentInvitesThreeBelowTheLimitLetExactlyThreeThroughOnOneNode() throws Exception {
		race(List.of(port));
	}

	@Test
	void concurrentInvitesThreeBelowTheLimitLetExactlyThreeThroughOnTwoNodes() throws Exception {
		SecondNode node = secondNode().getDeclaredConstructor().newInstance();
		new TestContextManager(secondNode()).prepareTestInstance(node);
		assertThat(node.secondPort).as("another server").isNotEqualTo(port);
		node.secondClock.set(clock.instant());

		race(List.of(port, node.secondPort));
	}

	private void race(List<Integer> ports) throws Exception {
		TestAccount acme = accounts.client("Acme");
		Api operator = api(accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001")));
		assertThat(operator.put(limitOf(acme), Map.of("perHour", LIMIT)).at("/perHour")).isEqualTo("" + LIMIT);
		for (int i = 0; i < LIMIT - 3; i++) {
			assertThat(
					api(acme).post(acme.users(), invite(uniqueEmail("early"), "Ear", "Ly", acme.administrators().id()))
						.status())
				.isEqualTo(201);
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			Api node = new Api(ports.get(i % ports.size()), acme.token());
			String email = uniqueEmail("race" + i);
			Callable<Api.Response> call = () -> {
				start.await();
				return node.post(acme.users(), invite(email, "Ray", "Race", acme.administrators().id()));
			};
			answers.add(pool.submit(call));
		}
		start.countDown();
		List<Api.Response> responses = new ArrayList<>();
		for (Future<Api.Response> answer : answers) {
			responses.add(answer.get());
		}
		pool.shutdown();

		assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(3);
		assertThat(responses).filteredOn(r -> r.status() != 201).hasSize(CALLERS - 3).allSatisfy(r -> {
			assertThat(r.status()).as(r.text()).isEqualTo(429);
			assertThat(r.at("/detail")).startsWith("This account already sent " + LIMIT + " invitation emails");
			assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account_users WHERE account_id = ?")
			.param(acme.id())
			.query(Long.class)
			.single()).isEqualTo(LIMIT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE account_id = ? AND reason = 'invite'")
			.param(acme.id())
			.query(Long.class)
			.single()).isEqualTo(LIMIT);
		assertThat(api(acme).get(limitOf(acme)).at("/sentInTheLastHour")).isEqualTo("" + LIMIT);
	}

	private static String limitOf(TestAccount account) {
		return "/public/v1/accounts/accounts/" + account.id() + "/invitation-email-limit";
	}

}
