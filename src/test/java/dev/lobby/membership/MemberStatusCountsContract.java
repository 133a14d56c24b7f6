package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * A member list filtered on status alone answers its exact total from the counts kept per
 * status, through the REST API: after invites, accepts, blocks, unblocks, removals,
 * declines and invitations again, with folds in between and while changes and folds run
 * at once. Each total is checked against the members the test put in that status and
 * against the rows the list counts when the filter also names another field.
 */
abstract class MemberStatusCountsContract extends LobbyIntegrationTestBase {

	static final String STRONG = "Str0ng!Pass";

	/** Filters on status alone, and the stored statuses each matches. */
	static final Map<String, List<Status>> STATUS_FILTERS = Map.of("eq(status,Active)", List.of(Status.Active),
			"eq(status,Blocked)", List.of(Status.Blocked), "eq(status,Disabled)", List.of(Status.Disabled),
			"eq(status,Declined)", List.of(Status.Declined), "in(status,Invited,InvitationExpired)",
			List.of(Status.Invited), "ne(status,Active)",
			List.of(Status.Invited, Status.Blocked, Status.Disabled, Status.Declined), "in(status,Active,Blocked)",
			List.of(Status.Active, Status.Blocked), "out(status,Disabled,Declined)",
			List.of(Status.Invited, Status.Active, Status.Blocked));

	/**
	 * Filters that tell pending and expired invitations apart (by the clock), alone or
	 * with stored statuses: their totals are the kept counts and the pending invitations
	 * counted.
	 */
	static final List<String> CLOCK_FILTERS = List.of("eq(status,Invited)", "eq(status,InvitationExpired)",
			"ne(status,Invited)", "in(status,Active,InvitationExpired)", "out(status,InvitationExpired,Declined)");

	@Autowired
	MemberCountFolding folding;

	@Autowired
	JdbcClient jdbc;

	/** Each member the test made, by name: their id, email, link and stored status. */
	final Map<String, Member> members = new LinkedHashMap<>();

	static final class Member {

		final String id;

		final String email;

		final String url;

		Status status = Status.Invited;

		Set<String> groups;

		Member(String id, String email, String url, Set<String> groups) {
			this.id = id;
			this.email = email;
			this.url = url;
			this.groups = groups;
		}

	}

	@Test
	void everyStatusTotalIsExactThroughTheLifecycleWithFoldsInBetween() {
		TestAccount acme = accounts.client("Status counts");
		for (String name : List.of("ana", "ben", "cid", "dan", "eve", "fay")) {
			invite(acme, name, uniqueEmail(name));
		}
		assertExact(acme);
		for (String name : List.of("ana", "ben", "cid", "dan")) {
			accept(name);
		}
		assertExact(acme);
		change(acme, "ana", "block", Status.Blocked);
		change(acme, "ben", "block", Status.Blocked);
		assertExact(acme);
		folding.foldAll();
		assertExact(acme);
		change(acme, "ana", "unblock", Status.Active);
		remove(acme, "ben");
		remove(acme, "cid");
		decline("eve");
		assertExact(acme);
		folding.foldAll();
		assertExact(acme);

		// Invited again after a removal and after a decline: new memberships, counted
		// apart from the ended ones.
		invite(acme, "cid again", members.get("cid").email);
		invite(acme, "eve again", members.get("eve").email);
		assertExact(acme);
		decline("cid again");
		assertThat(total(acme, "eq(status,Invited)")).as("fay and eve again, pending").isEqualTo(2);
		assertThat(total(acme, "eq(status,InvitationExpired)")).isZero();
		clock.advance(Duration.ofDays(8));
		assertThat(total(acme, "eq(status,Invited)")).isZero();
		assertThat(total(acme, "eq(status,InvitationExpired)")).isEqualTo(2);
		// fay's and eve's new invitations ran out: still stored Invited
		assertExact(acme);
		remove(acme, "fay");
		folding.foldAll();
		assertThat(changes(acme)).isZero();
		assertExact(acme);
		assertThat(total(acme, "eq(status,Active)")).isEqualTo(2);
		assertThat(total(acme, "eq(status,Disabled)")).isEqualTo(3);
		assertThat(total(acme, "eq(status,Declined)")).isEqualTo(2);
		assertThat(total(acme, "eq(status,InvitationExpired)")).as("counted: expiry is the clock's")
			.isEqualTo(1)
			.isEqualTo(total(acme, "in(status,Invited,InvitationExpired)"));
	}

	@Test
	void pendingAndExpiredInvitationsAreToldApartByTheClock() {
		TestAccount acme = accounts.client("Pending and expired");
		invite(acme, "ana", uniqueEmail("ana"));
		clock.advance(Duration.ofDays(4));
		invite(acme, "ben", uniqueEmail("ben"));
		invite(acme, "cid", uniqueEmail("cid"));
		accept("cid");
		folding.foldAll();
		clock.advance(Duration.ofDays(4));
		// ana's invitation ran out yesterday, ben's runs for three more days

		assertThat(total(acme, "eq(status,Invited)")).isEqualTo(1);
		assertThat(total(acme, "eq(status,InvitationExpired)")).isEqualTo(1);
		assertThat(total(acme, "in(status,Active,InvitationExpired)")).isEqualTo(2);
		assertThat(total(acme, "ne(status,Invited)")).isEqualTo(2);
		assertThat(total(acme, "in(status,Invited,InvitationExpired)")).isEqualTo(2);
		assertKeptEqualsCounted(acme);
		Api.Response page = api(acme).get(acme.users() + "?eq(status,InvitationExpired)&limit=1");
		assertThat(page.json().at("/$meta/pagination/total").asLong()).isEqualTo(1);
		assertThat(page.json().at("/data/0/id").asString()).isEqualTo(members.get("ana").id);

		Api.Response renewed = api(acme).post(acme.users() + "/" + members.get("ana").id + "/send-new-invite", null);
		assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
		assertThat(total(acme, "eq(status,Invited)")).isEqualTo(2);
		assertThat(total(acme, "eq(status,InvitationExpired)")).isZero();
		assertKeptEqualsCounted(acme);

		clock.advance(Duration.ofDays(8));
		assertThat(total(acme, "eq(status,Invited)")).isZero();
		assertThat(total(acme, "eq(status,InvitationExpired)")).isEqualTo(2);
		assertThat(total(acme, "out(status,InvitationExpired,Declined)")).isEqualTo(1);
		assertKeptEqualsCounted(acme);
	}

	@Test
	void aFoldCountsEveryStatusAfreshWhenTheAccountsCountRowIsMissing() {
		TestAccount acme = accounts.client("Recounted statuses");
		for (String name : List.of("ana", "ben", "cid", "dan")) {
			invite(acme, name, uniqueEmail(name));
		}
		accept("ana");
		accept("ben");
		remove(acme, "cid");
		folding.foldAll();
		jdbc.sql("DELETE FROM member_counts WHERE account_id = ?").param(acme.id()).update();
		change(acme, "ben", "block", Status.Blocked);

		folding.foldAll();

		assertThat(changes(acme)).isZero();
		assertExact(acme);
	}

	@Test
	void aPageOfAStatusFilterTellsTheKeptTotalNotACappedCount() {
		TestAccount acme = accounts.client("Status pages");
		for (String name : List.of("ana", "ben", "cid")) {
			invite(acme, name, uniqueEmail(name));
			accept(name);
		}
		change(acme, "ben", "block", Status.Blocked);

		Api.Response page = api(acme).get(acme.users() + "?eq(status,Active)&order=-joinedAt&limit=1");

		assertThat(page.status()).as(page.text()).isEqualTo(200);
		assertThat(page.json().at("/$meta/pagination").toString()).isEqualTo("{\"offset\":0,\"limit\":1,\"total\":2}");
		assertThat(page.json().get("data")).hasSize(1);
		assertThat(total(acme, "status=Blocked")).isEqualTo(1);
	}

	/**
	 * A list filtered on one group, alone or with a filter on status, answers the group's
	 * kept counts: through invites into several groups, accepts, blocks, removals,
	 * declines, edits of a member's groups and the deletion of a group, with folds in
	 * between and after the account's counts are deleted.
	 */
	@Test
	void everyGroupsTotalsAreExactThroughInvitesEditsAndADeletion() {
		TestAccount acme = accounts.client("Group counts");
		String admins = acme.administrators().id();
		String support = group(acme, "Support");
		String billing = group(acme, "Billing");
		List<String> groups = List.of(admins, support, billing);
		invite(acme, "ana", uniqueEmail("ana"), support);
		invite(acme, "ben", uniqueEmail("ben"), support, billing);
		invite(acme, "cid", uniqueEmail("cid"), billing);
		invite(acme, "dan", uniqueEmail("dan"), admins, support);
		invite(acme, "eve", uniqueEmail("eve"), admins);
		assertGroupsExact(acme, groups);
		accept("ana");
		accept("ben");
		accept("cid");
		change(acme, "ben", "block", Status.Blocked);
		assertGroupsExact(acme, groups);
		folding.foldAll();
		assertGroupsExact(acme, groups);
		assertThat(stored(acme, support)).as("after a fold")
			.containsExactlyInAnyOrderEntriesOf(Map.of(Status.Active, 1L, Status.Blocked, 1L, Status.Invited, 1L));

		regroup(acme, "dan", billing);
		regroup(acme, "ana", support, admins);
		remove(acme, "cid");
		decline("dan");
		assertGroupsExact(acme, groups);
		assertThat(total(acme, "eq(groups.id," + billing + ")")).as("ben alone is live in Billing").isEqualTo(1);
		folding.foldAll();
		assertGroupsExact(acme, groups);

		invite(acme, "cid again", members.get("cid").email, support, billing);
		clock.advance(Duration.ofDays(8));
		// eve's and cid's new invitations ran out: still stored Invited
		assertGroupsExact(acme, groups);
		assertThat(total(acme, "and(eq(groups.id," + billing + "),eq(status,InvitationExpired))")).isEqualTo(1);

		// Billing is left to ended members only, then deleted: its counts go with it.
		regroup(acme, "ben", support);
		regroup(acme, "cid again", support);
		Api.Response deleted = api(acme).delete("/public/v1/accounts/user-groups/" + billing);
		assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
		members.values().forEach(member -> {
			Set<String> kept = new HashSet<>(member.groups);
			kept.remove(billing);
			member.groups = kept;
		});
		assertThat(rowsOf(acme, billing)).isZero();
		folding.foldAll();
		assertThat(rowsOf(acme, billing)).as("no fold writes them back").isZero();
		assertGroupsExact(acme, List.of(admins, support));

		jdbc.sql("DELETE FROM member_counts WHERE account_id = ?").param(acme.id()).update();
		regroup(acme, "ana", admins);
		folding.foldAll();
		assertThat(changes(acme)).isZero();
		assertGroupsExact(acme, List.of(admins, support));
		assertExact(acme);

		// The totals are the kept counts, not rows counted: a change written by hand
		// shows
		// in them alone.
		long active = total(acme, "and(eq(groups.id," + support + "),eq(status,Active))");
		jdbc.sql("INSERT INTO member_count_changes (account_id, group_id, status, change)"
				+ " VALUES (?, ?, 'Active', 1), (?, ?, 'Active', 1)")
			.params(acme.id(), support, acme.id(), support)
			.update();
		assertThat(total(acme, "and(eq(groups.id," + support + "),eq(status,Active))")).isEqualTo(active + 2);
		assertThat(total(acme, "eq(groups.id," + support + ")"))
			.isEqualTo(total(acme, "and(eq(groups.id," + support + "),ne(user.email,null()))") + 2);
	}

	/**
	 * Members are blocked and unblocked while folds run and the totals are read: a block
	 * moves a member from Active to Blocked in one transaction, and a fold moves changes
	 * into the counts in one, so every read sees as many active and blocked members
	 * together as there are.
	 */
	@Test
	void readsWhileMembersAreBlockedAndFoldedAlwaysSeeEveryMember() throws Exception {
		TestAccount busy = accounts.client("Busy statuses");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			names.add("toggle" + i);
			invite(busy, "toggle" + i, uniqueEmail("toggle" + i));
			accept("toggle" + i);
		}
		long live = total(busy, "");
		AtomicBoolean running = new AtomicBoolean(true);
		List<Long> together = new ArrayList<>();
		List<Long> all = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(9);
		try {
			Future<?> folds = pool.submit(() -> {
				while (running.get()) {
					folding.foldAll();
				}
			});
			Future<?> reads = pool.submit(() -> {
				while (running.get()) {
					long activeOrBlocked = total(busy, "in(status,Active,Blocked)");
					long liveNow = total(busy, "");
					synchronized (together) {
						together.add(activeOrBlocked);
						all.add(liveNow);
					}
				}
			});
			List<Future<?>> toggles = new ArrayList<>();
			for (String name : names) {
				toggles.add(pool.submit(() -> {
					for (int round = 0; round < 3; round++) {
						change(busy, name, "block", Status.Blocked);
						change(busy, name, "unblock", Status.Active);
					}
					change(busy, name, "block", Status.Blocked);
				}));
			}
			for (Future<?> toggle : toggles) {
				toggle.get();
			}
			running.set(false);
			folds.get();
			reads.get();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(together).isNotEmpty().containsOnly((long) names.size());
		assertThat(all).isNotEmpty().containsOnly(live);
		assertExact(busy);
		assertThat(count(Status.Blocked)).isEqualTo(names.size());
		folding.foldAll();
		assertExact(busy);
	}

	/**
	 * Invites, blocks and removals of one account at once, with folds running: no change
	 * is lost or counted twice, and a change that loses a race to the same member (and so
	 * rolls back) counts nothing.
	 */
	@Test
	void concurrentChangesWhileFoldingLoseNoCount() throws Exception {
		TestAccount busy = accounts.client("Racing statuses");
		for (int i = 0; i < 4; i++) {
			invite(busy, "race" + i, uniqueEmail("race" + i));
			accept("race" + i);
		}
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(9);
		try {
			Future<?> folds = pool.submit(() -> {
				while (running.get()) {
					folding.foldAll();
				}
			});
			List<Future<Integer>> changes = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String email = uniqueEmail("crowd" + i);
				changes.add(pool.submit(
						() -> api(busy).post(busy.users(), invite(email, "Crowd", "Member", busy.administrators().id()))
							.status()));
			}
			for (int i = 0; i < 4; i++) {
				String path = busy.users() + "/" + members.get("race" + i).id;
				// The same member blocked and removed at once: either may win, or both
				// in turn.
				changes.add(pool.submit(() -> api(busy).post(path + "/block", null).status()));
				changes.add(pool.submit(() -> api(busy).delete(path).status()));
			}
			for (Future<Integer> change : changes) {
				assertThat(change.get()).isLessThan(500);
			}
			running.set(false);
			folds.get();
		}
		finally {
			pool.shutdownNow();
		}
		assertKeptEqualsCounted(busy);
		assertThat(total(busy, "eq(status,Disabled)") + total(busy, "in(status,Active,Blocked)")).isEqualTo(4);
		assertThat(total(busy, "in(status,Invited,InvitationExpired)")).isEqualTo(12);
		folding.foldAll();
		assertKeptEqualsCounted(busy);
	}

	private void invite(TestAccount account, String name, String email) {
		invite(account, name, email, account.administrators().id());
	}

	private void invite(TestAccount account, String name, String email, String... groupIds) {
		Api.Response invited = api(account).post(account.users(), invite(email, "Count", "Member", groupIds));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		members.put(name, new Member(invited.at("/id"), email, invited.at("/invitation/url"), Set.of(groupIds)));
	}

	private String group(TestAccount account, String name) {
		Api.Response group = api(account).post("/public/v1/accounts/user-groups",
				Map.of("name", name, "description", name, "modules", List.of(Map.of("id", "MOD-1003"))));
		assertThat(group.status()).as(group.text()).isEqualTo(201);
		return group.at("/id");
	}

	private void regroup(TestAccount account, String name, String... groupIds) {
		Member member = members.get(name);
		Api.Response changed = api(account).put(account.users() + "/" + member.id + "/groups",
				Arrays.stream(groupIds).map(id -> Map.of("id", id)).toList());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		member.groups = Set.of(groupIds);
	}

	private void accept(String name) {
		Member member = members.get(name);
		Api.Response accepted = anonymous().post("/public/v1/invitations/" + codeOf(member.url) + "/accept",
				Map.of("firstName", "Count", "lastName", "Member", "password", STRONG));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		member.status = Status.Active;
	}

	private void decline(String name) {
		Member member = members.get(name);
		Api.Response declined = anonymous().post("/public/v1/invitations/" + codeOf(member.url) + "/decline", null);
		assertThat(declined.status()).as(declined.text()).isLessThan(300);
		member.status = Status.Declined;
	}

	private void change(TestAccount account, String name, String action, Status after) {
		Member member = members.get(name);
		Api.Response changed = api(account).post(account.users() + "/" + member.id + "/" + action, null);
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		member.status = after;
	}

	private void remove(TestAccount account, String name) {
		Member member = members.get(name);
		Api.Response removed = api(account).delete(account.users() + "/" + member.id);
		assertThat(removed.status()).as(removed.text()).isLessThan(300);
		member.status = Status.Disabled;
	}

	/** The members this test put in this status (each test uses one account). */
	private long count(Status status) {
		return members.values().stream().filter(member -> member.status == status).count();
	}

	/**
	 * Every status filter's total is what the test put in its statuses, and what the list
	 * counts; so is the unfiltered total, the live members.
	 */
	private void assertExact(TestAccount account) {
		Map<Status, Long> expected = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			expected.put(status, count(status));
		}
		STATUS_FILTERS.forEach((filter, statuses) -> assertThat(total(account, filter)).as(filter)
			.isEqualTo(statuses.stream().mapToLong(expected::get).sum()));
		assertThat(total(account, "")).as("live members")
			.isEqualTo(expected.get(Status.Invited) + expected.get(Status.Active) + expected.get(Status.Blocked));
		assertKeptEqualsCounted(account);
	}

	private void assertKeptEqualsCounted(TestAccount account) {
		Stream.concat(STATUS_FILTERS.keySet().stream(), CLOCK_FILTERS.stream())
			.forEach(filter -> assertThat(total(account, filter)).as(filter)
				.isEqualTo(total(account, "and(" + filter + ",ne(user.email,null()))")));
		assertThat(total(account, "")).as("live members").isEqualTo(total(account, "ne(user.email,null())"));
	}

	/**
	 * Each group's total, alone and with each status filter, is what the test put in the
	 * group and its statuses, and what the list counts (also with the filters that tell
	 * pending and expired invitations apart).
	 */
	private void assertGroupsExact(TestAccount account, List<String> groupIds) {
		for (String group : groupIds) {
			String inGroup = "eq(groups.id," + group + ")";
			STATUS_FILTERS
				.forEach((filter, statuses) -> assertThat(total(account, "and(" + inGroup + "," + filter + ")"))
					.as(group + " " + filter)
					.isEqualTo(members.values()
						.stream()
						.filter(member -> member.groups.contains(group) && statuses.contains(member.status))
						.count()));
			assertThat(total(account, inGroup)).as(group + " live members")
				.isEqualTo(members.values()
					.stream()
					.filter(member -> member.groups.contains(group) && member.status.isLive())
					.count());
			Stream.concat(STATUS_FILTERS.keySet().stream(), CLOCK_FILTERS.stream())
				.forEach(filter -> assertThat(total(account, "and(" + inGroup + "," + filter + ")"))
					.as(group + " " + filter)
					.isEqualTo(total(account, "and(" + inGroup + "," + filter + ",ne(user.email,null()))")));
			assertThat(total(account, inGroup)).as(group + " live members")
				.isEqualTo(total(account, "and(" + inGroup + ",ne(user.email,null()))"));
		}
	}

	/** The group's count rows as folded, by status. */
	private Map<Status, Long> stored(TestAccount account, String groupId) {
		Map<Status, Long> stored = new EnumMap<>(Status.class);
		jdbc.sql(
				"SELECT status, members FROM member_status_counts WHERE account_id = ? AND group_id = ? AND members > 0")
			.params(account.id(), groupId)
			.query(rs -> {
				stored.put(Status.valueOf(rs.getString("status")), rs.getLong("members"));
			});
		return stored;
	}

	/** The group's count rows and changes. */
	private long rowsOf(TestAccount account, String groupId) {
		return jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM member_status_counts WHERE account_id = :account AND group_id = :group)
				     + (SELECT COUNT(*) FROM member_count_changes WHERE account_id = :account AND group_id = :group)""")
			.param("account", account.id())
			.param("group", groupId)
			.query(Long.class)
			.single();
	}

	private long changes(TestAccount account) {
		return jdbc.sql("SELECT COUNT(*) FROM member_count_changes WHERE account_id = ?")
			.param(account.id())
			.query(Long.class)
			.single();
	}

	/** The list's total with this filter (none when blank), as limit=0 answers it. */
	private long total(TestAccount account, String filter) {
		Api.Response list = api(account)
			.get(account.users() + "?" + (filter.isEmpty() ? "" : filter + "&") + "limit=0");
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().at("/$meta/pagination/total").asLong();
	}

}
