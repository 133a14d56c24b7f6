package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Many accepts of one link at the same moment: exactly one wins, the rest are told so.
 */
abstract class ConcurrentAcceptContract extends LobbyIntegrationTestBase {

	static final int CALLERS = 12;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentAcceptsOfOneLinkGiveExactlyOneActiveMembership() throws Exception {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("race");
		Api.Response invited = api(acme).post(acme.users(), invite(email, "Ray", "Race", acme.administrators().id()));
		String accept = "/public/v1/invitations/" + codeOf(invited.at("/invitation/url")) + "/accept";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			int caller = i;
			Callable<Api.Response> call = () -> {
				start.await();
				return anonymous().post(accept,
						Map.of("firstName", "Ray" + caller, "lastName", "Race", "password", "Str0ng!Pass" + caller));
			};
			answers.add(pool.submit(call));
		}
		start.countDown();
		List<Api.Response> responses = new ArrayList<>();
		for (Future<Api.Response> answer : answers) {
			responses.add(answer.get());
		}
		pool.shutdown();

		assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
		assertThat(responses).filteredOn(r -> r.status() != 200).allSatisfy(r -> {
			assertThat(r.status()).as(r.text()).isEqualTo(409);
			assertThat(r.at("/detail")).isNotBlank();
		});
		String winner = responses.stream()
			.filter(r -> r.status() == 200)
			.findFirst()
			.orElseThrow()
			.at("/user/firstName");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account_users WHERE account_id = ?")
			.param(acme.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT status FROM account_users WHERE account_id = ?")
			.param(acme.id())
			.query(String.class)
			.single()).isEqualTo("Active");
		assertThat(jdbc.sql("SELECT first_name FROM users WHERE email_key = ?")
			.param(email.toLowerCase())
			.query(String.class)
			.single()).as("the winner's registration is the one kept").isEqualTo(winner);
		assertThat(eventsOf(acme, invited.at("/id"))).containsExactly("lobby.invitation.sent",
				"lobby.invitation.accepted");
	}

}
