package dev.lobby.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.StatementCounter;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * How many SQL statements and transactions one invite, resend or page of members through
 * the REST API costs (issue 10, docs/performance.md "Statements of one invite"): a guard
 * against round trips creeping back, not a timing. Counts only what the web server's
 * request threads send.
 */
@Import(StatementCounter.Configuration.class)
abstract class InviteStatementsContract extends LobbyIntegrationTestBase {

	/**
	 * The statements of one invite into two groups with an idempotency key, the token
	 * check and the answer included (33 before issue 10's round-trip work, 24 until the
	 * token was read with its modules, the account once per transaction and the answer
	 * from what the invite holds, 16 until the token check read its account's type with
	 * the token, 15 while a new person's login was looked up before it was inserted).
	 */
	static final int STATEMENTS = 14;

	/**
	 * The token check's read in auto-commit and the invite (7 before issue 10, then 6
	 * with the answer's four reads, 3 while the token check read its account apart).
	 */
	static final int TRANSACTIONS = 2;

	/**
	 * The statements of a resend, the token check and the answer included (until issue
	 * 10's night work the answer read the account, groups, modules and email delivery
	 * after the commit, and the update read the groups a second time; 13 until the token
	 * check read its account's type with the token, 12 until a member was read with its
	 * groups in one statement).
	 */
	static final int RESEND_STATEMENTS = 11;

	/**
	 * The statements of a default page of the member list, the token check included (8
	 * until the token check read its account's type with the token, 7 until the page was
	 * read with its members' groups in one statement).
	 */
	static final int PAGE_STATEMENTS = 6;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void anInviteIntoTwoGroupsStaysWithinItsStatementsAndTransactions() {
		TestAccount acme = accounts.client("Acme");
		Api api = api(acme);
		String support = supportGroup(api);
		// The first call of a token warms what is cached per token; the invite is counted
		// from the second.
		api.get(acme.users() + "?limit=1");

		String email = uniqueEmail("sam");
		counter.start(thread -> thread.getName().contains("exec"));
		Api.Response invited = api.send("POST", acme.users(),
				invite(email, "Sam", "Smith", acme.administrators().id(), support),
				Map.of("Idempotency-Key", "count-" + email));
		counter.stop();

		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		List<String> statements = counter.statements();
		assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(STATEMENTS);
		assertThat(counter.transactions()).as(String.join("\n", statements)).isLessThanOrEqualTo(TRANSACTIONS);

		// The answer names both groups and the modules they grant, each once, by id.
		assertThat(invited.json().at("/groups").findValuesAsString("name")).containsExactly("Administrators",
				"Support");
		List<String> modules = invited.json().at("/modules").findValuesAsString("id");
		assertThat(modules).contains("MOD-1005").doesNotHaveDuplicates().isSorted();

		// Everything an invite writes is still written.
		String member = invited.at("/id");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account_user_groups WHERE account_user_id = ?")
			.param(member)
			.query(Long.class)
			.single()).isEqualTo(2L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE account_user_id = ?")
			.param(member)
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThat(eventsOf(acme, member)).containsExactly("lobby.invitation.sent");
		Api.Response again = api.send("POST", acme.users(),
				invite(email, "Sam", "Smith", acme.administrators().id(), support),
				Map.of("Idempotency-Key", "count-" + email));
		assertThat(again.at("/id")).isEqualTo(member);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
	}

	/**
	 * A resend answers with the member's groups and the email it queued, read in its own
	 * transaction (the account it checked is not read again, the email not at all).
	 */
	@Test
	void aResendStaysWithinItsStatementsAndAnswersWithTheGroups() {
		TestAccount acme = accounts.client("Acme");
		Api api = api(acme);
		String support = supportGroup(api);
		String email = uniqueEmail("kim");
		Api.Response invited = api.send("POST", acme.users(),
				invite(email, "Kim", "Smith", acme.administrators().id(), support), Map.of());
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		// The member's own resend limit is made on its first use; counted from the
		// second resend.
		String resend = invited.at("/href") + "/resend-invite";
		assertThat(api.post(resend, Map.of()).status()).isEqualTo(200);

		counter.start(thread -> thread.getName().contains("exec"));
		Api.Response resent = api.post(resend, Map.of());
		counter.stop();

		assertThat(resent.status()).as(resent.text()).isEqualTo(200);
		List<String> statements = counter.statements();
		assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(RESEND_STATEMENTS);
		assertThat(resent.json().at("/groups").findValuesAsString("name")).containsExactly("Administrators", "Support");
		assertThat(resent.at("/invitation/delivery/status")).isEqualTo("Pending");
	}

	/**
	 * A default page of members: the token check (the token with its modules and its
	 * account's type), and in the list's transaction the account, the page with its
	 * members' groups, the total from the kept counts, the groups with their modules, and
	 * the members' latest invitation emails.
	 */
	@Test
	void aPageOfMembersStaysWithinItsStatements() {
		TestAccount acme = accounts.client("Acme");
		Api api = api(acme);
		for (int i = 0; i < 3; i++) {
			Api.Response invited = api.post(acme.users(),
					invite(uniqueEmail("member" + i), "Page", "Member", acme.administrators().id()));
			assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		}

		counter.start(thread -> thread.getName().contains("exec"));
		Api.Response page = api.get(acme.users());
		counter.stop();

		assertThat(page.status()).as(page.text()).isEqualTo(200);
		assertThat(page.json().get("data")).hasSize(3);
		assertThat(page.json().at("/$meta/pagination/total").asLong()).isEqualTo(3);
		List<String> statements = counter.statements();
		assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(PAGE_STATEMENTS);
	}

	/**
	 * A page filtered on statuses alone goes out written whole, its account's id
	 * included, so PostgreSQL keeps the plan it made for that account and that filter
	 * instead of planning it for its values on every call; a search, whose best plan
	 * depends on its words, is still planned for them.
	 */
	@Test
	void aPageFilteredOnStatusesAloneIsWrittenOutWholeAndASearchIsPlannedForItsWords() throws SQLException {
		TestAccount acme = accounts.client("Acme");
		Api api = api(acme);
		Api.Response invited = api.post(acme.users(),
				invite(uniqueEmail("lee"), "Lee", "Mitchell", acme.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);

		counter.start(thread -> thread.getName().contains("exec"));
		Api.Response page = api.get(acme.users() + "?ne(status,Active)&order=-joinedAt&limit=25");
		counter.stop();

		assertThat(page.status()).as(page.text()).isEqualTo(200);
		assertThat(page.json().at("/data/0/id").asText()).isEqualTo(invited.at("/id"));
		assertThat(page.json().at("/$meta/pagination/total").asLong()).isEqualTo(1);
		List<String> statements = counter.statements();
		assertThat(statements).as(String.join("\n", statements))
			.noneMatch(sql -> sql.contains("set_config"))
			.filteredOn(sql -> sql.contains("FROM account_users au JOIN users u"))
			.singleElement()
			.asString()
			.contains("au.account_id = '" + acme.id() + "'", "au.status = 'Active'", "LIMIT 25 OFFSET 0")
			.doesNotContain("?");

		counter.start(thread -> thread.getName().contains("exec"));
		Api.Response search = api.get(acme.users() + "?ilike(user.lastName,*itch*)");
		counter.stop();

		assertThat(search.status()).as(search.text()).isEqualTo(200);
		assertThat(search.json().at("/data/0/id").asText()).isEqualTo(invited.at("/id"));
		List<String> searched = counter.statements();
		assertThat(searched).as(String.join("\n", searched))
			.filteredOn(sql -> sql.contains("FROM account_users au JOIN users u"))
			.singleElement()
			.asString()
			.contains("au.account_id = ?");
		if (postgres()) {
			assertThat(searched).as(String.join("\n", searched)).anyMatch(sql -> sql.contains("set_config"));
		}
	}

	private boolean postgres() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	/** A second group, Support, granting one module; its id. */
	private static String supportGroup(Api api) {
		return api
			.post("/public/v1/accounts/user-groups",
					Map.of("name", "Support", "modules", List.of(Map.of("id", "MOD-1005"))))
			.at("/id");
	}

}
