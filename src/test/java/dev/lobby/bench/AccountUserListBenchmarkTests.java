package dev.lobby.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PostgresDatabase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Not a test: prints latencies of member-list queries over HTTP for one account of a
 * million members on PostgreSQL. Run with
 * {@code LOBBY_TEST_PG_URL=... ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=AccountUserListBenchmarkTests}.
 */
@Tag("bench")
@PostgresDatabase
class AccountUserListBenchmarkTests extends LobbyIntegrationTestBase {

	static final int MEMBERS = 1_000_000;
	static final int RUNS = 40;

	@Autowired
	JdbcClient jdbc;

	@Test
	void printLatenciesOfMemberListsOverAMillionMembers() {
		TestAccount acme = accounts.client("Bench");
		Api api = api(acme);
		String support = api
			.post("/public/v1/accounts/user-groups",
					Map.of("name", "Support", "description", "", "modules", List.of(Map.of("id", "MOD-1005"))))
			.at("/id");
		long started = System.nanoTime();
		seed(acme, support);
		System.out.printf("Seeded %,d members in %.1f s%n", MEMBERS, (System.nanoTime() - started) / 1e9);

		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("default first page", "");
		queries.put("keyset page mid-list (lt created)", "lt(audit.created.at,2026-07-01T10:00:00Z)");
		queries.put("offset=5000", "offset=5000");
		queries.put("eq(status,Blocked)", "eq(status,Blocked)");
		queries.put("eq(status,InvitationExpired)", "eq(status,InvitationExpired)");
		queries.put("Active in group Support", "eq(groups.id," + support + ")&eq(status,Active)");
		queries.put("eq(user.email,…) (no match)", "eq(user.email,bench777777." + "x@bench.example)");
		queries.put("ilike(user.email,bench12345*)", "ilike(user.email,bench12345*)");
		queries.put("order=-joinedAt", "order=-joinedAt");
		queries.put("order=user.lastName (no index)", "order=user.lastName");
		queries.put("limit=0 (exact count)", "limit=0");
		queries.put("limit=0&eq(status,Active)", "limit=0&eq(status,Active)");
		System.out.printf("%-34s %9s %9s  %s%n", "query", "p50 ms", "p95 ms", "total");
		queries.forEach((name, query) -> measure(api, acme.users() + (query.isEmpty() ? "" : "?" + query), name));
	}

	private void measure(Api api, String path, String name) {
		for (int i = 0; i < 3; i++) {
			assertThat(api.get(path).status()).isEqualTo(200);
		}
		List<Double> millis = new ArrayList<>();
		Api.Response last = null;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			last = api.get(path);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf("%-34s %9.1f %9.1f  %s%n", name, millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)),
				last.json().at("/$meta/pagination").toString());
	}

	/**
	 * A million users and memberships in one account, by generate_series: 1 in 20
	 * removed, 3 invited, 1 blocked.
	 */
	private void seed(TestAccount acme, String support) {
		String p = UUID.randomUUID().toString().substring(0, 2).toUpperCase();
		jdbc.sql("""
				INSERT INTO users (id, email, email_key, first_name, last_name, created_at, updated_at, last_sign_in_at)
				SELECT 'USR-' || ? || lpad(i::text, 7, '0'), 'bench' || i || '.' || ? || '@bench.example',
				       'bench' || i || '.' || lower(?) || '@bench.example', 'First' || (i % 997), 'Last' || (i % 1009),
				       TIMESTAMPTZ '2026-01-01' + i * INTERVAL '30 second', TIMESTAMPTZ '2026-01-01',
				       CASE WHEN i % 3 = 0 THEN TIMESTAMPTZ '2027-01-01' + i * INTERVAL '1 second' END
				FROM generate_series(1, ?) i""").params(p, p, p, MEMBERS).update();
		jdbc.sql(
				"""
						INSERT INTO account_users (id, account_id, user_id, status, live_user_id, link_generation, invitation_expires_at,
						    invited_by_id, invited_by_name, joined_at, ended_at, version, created_at, created_by_id, created_by_name,
						    updated_at, updated_by_id, updated_by_name)
						SELECT 'AUSR-' || ? || lpad(i::text, 12, '0'), ?, 'USR-' || ? || lpad(i::text, 7, '0'), s.status,
						       CASE WHEN s.status IN ('Invited', 'Active', 'Blocked') THEN 'USR-' || ? || lpad(i::text, 7, '0') END, 1,
						       TIMESTAMPTZ '2026-01-08' + i * INTERVAL '30 second', 'bench', 'Bench',
						       CASE WHEN s.status IN ('Active', 'Blocked') THEN TIMESTAMPTZ '2026-01-02' + i * INTERVAL '30 second' END,
						       CASE WHEN s.status = 'Disabled' THEN TIMESTAMPTZ '2027-01-01' END, 0,
						       TIMESTAMPTZ '2026-01-01' + i * INTERVAL '30 second', 'bench', 'Bench',
						       TIMESTAMPTZ '2026-01-01' + i * INTERVAL '30 second', 'bench', 'Bench'
						FROM generate_series(1, ?) i
						CROSS JOIN LATERAL (SELECT CASE WHEN i % 20 = 0 THEN 'Disabled' WHEN i % 20 IN (1, 2, 3) THEN 'Invited'
						    WHEN i % 20 = 4 THEN 'Blocked' ELSE 'Active' END AS status) s""")
			.params(p, acme.id(), p, p, MEMBERS)
			.update();
		jdbc.sql("""
				INSERT INTO account_user_groups (account_user_id, account_id, group_id)
				SELECT 'AUSR-' || ? || lpad(i::text, 12, '0'), ?, CASE WHEN i % 3 = 0 THEN ? ELSE ? END
				FROM generate_series(1, ?) i""")
			.params(p, acme.id(), acme.administrators().id(), support, MEMBERS)
			.update();
		jdbc.sql("ANALYZE users").update();
		jdbc.sql("ANALYZE account_users").update();
		jdbc.sql("ANALYZE account_user_groups").update();
	}

}
