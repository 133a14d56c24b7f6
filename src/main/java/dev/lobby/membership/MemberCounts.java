package dev.lobby.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;

/**
 * How many memberships each account, and each of its groups, has in each stored status,
 * without counting rows and without a lock that changes wait for: the account's rows in
 * {@code member_status_counts} plus its changes in {@code member_count_changes}, where
 * each change of a membership's stored status or groups inserts -1 for the status (and
 * groups) it leaves and +1 for the one it enters, in its own transaction and in one
 * statement. A row names a group, or {@link #WHOLE_ACCOUNT}. Inserts of one account never
 * wait for each other (an update of a count row would hold its lock until each change
 * commits, so the account's invites would take turns); {@link #fold} moves the changes
 * into the rows now and then, so a read sums only the few since. The account's row in
 * {@code member_counts} is what folds lock.
 */
@Repository
class MemberCounts {

	/** How many changes one {@link #fold} moves at most. */
	static final int FOLD_BATCH = 1_000;

	/** The group id of the rows that count the account as a whole. */
	static final String WHOLE_ACCOUNT = "";

	/**
	 * The stored statuses of live memberships: an expired invitation is stored
	 * {@link Status#Invited}.
	 */
	static final Set<Status> LIVE = Arrays.stream(Status.values())
		.filter(status -> status.isStored() && status.isLive())
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The memberships of the account (or of its group {@code :groupId}) stored in the
	 * statuses {@code :statuses}: its rows and its changes not yet folded in.
	 */
	private static final String STORED = """
			COALESCE((SELECT SUM(members) FROM member_status_counts
			          WHERE account_id = :accountId AND group_id = :groupId AND status IN (:statuses)), 0)
			+ COALESCE((SELECT SUM(change) FROM member_count_changes
			            WHERE account_id = :accountId AND group_id = :groupId AND status IN (:statuses)), 0)""";

	private final JdbcClient jdbc;

	MemberCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * These statuses as stored, when they take both pending and expired invitations or
	 * neither (so the clock does not tell them apart); empty when they take one of the
	 * two.
	 */
	static Optional<Set<Status>> storedWithoutTheClock(Set<Status> statuses) {
		if (statuses.contains(Status.Invited) != statuses.contains(Status.InvitationExpired)) {
			return Optional.empty();
		}
		Set<Status> stored = EnumSet.noneOf(Status.class);
		statuses.stream().filter(status -> status != Status.InvitationExpired).forEach(stored::add);
		return Optional.of(stored);
	}

	/** A new account starts with no members (no status rows). */
	void start(String accountId) {
		jdbc.sql("INSERT INTO member_counts (account_id) VALUES (:accountId)").param("accountId", accountId).update();
	}

	/** The account's live memberships (the unfiltered member list). */
	long live(String accountId) {
		return members(accountId, LIVE);
	}

	/**
	 * The account's memberships stored in one of these statuses: its rows and its changes
	 * not yet folded in, read in one statement (so a fold committing meanwhile is seen
	 * either wholly or not at all).
	 */
	long members(String accountId, Set<Status> statuses) {
		return inGroup(accountId, WHOLE_ACCOUNT, statuses);
	}

	/**
	 * The account's memberships in this group stored in one of these statuses, read as
	 * {@link #members(String, Set)}.
	 */
	long inGroup(String accountId, String groupId, Set<Status> statuses) {
		if (statuses.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT " + STORED)
			.param("accountId", accountId)
			.param("groupId", groupId)
			.param("statuses", names(statuses))
			.query(Long.class)
			.single();
	}

	/**
	 * The live memberships of each of these groups of the account, read in one statement;
	 * a group without any may be missing.
	 */
	Map<String, Long> liveInGroups(String accountId, Collection<String> groupIds) {
		Map<String, Long> live = new HashMap<>();
		if (groupIds.isEmpty()) {
			return live;
		}
		jdbc.sql("""
				SELECT counted.group_id, SUM(counted.members) AS members
				FROM (SELECT group_id, members FROM member_status_counts
				      WHERE account_id = :accountId AND group_id IN (:groupIds) AND status IN (:statuses)
				      UNION ALL
				      SELECT group_id, change FROM member_count_changes
				      WHERE account_id = :accountId AND group_id IN (:groupIds) AND status IN (:statuses)) counted
				GROUP BY counted.group_id""")
			.param("accountId", accountId)
			.param("groupIds", groupIds)
			.param("statuses", names(LIVE))
			.query(rs -> {
				live.put(rs.getString("group_id"), rs.getLong("members"));
			});
		return live;
	}

	/**
	 * The account's memberships in one of these statuses, where {@link Status#Invited}
	 * means a pending invitation and {@link Status#InvitationExpired} an expired one,
	 * both as of {@code now}. When the statuses take both or neither, the stored counts
	 * answer ({@link #members(String, Set)}); when they take one of the two, the
	 * account's pending invitations are counted too, in the same statement: an index
	 * range of those whose expiry is after {@code now} (at most what the account sent
	 * within an invitation's validity, however many expired ones it holds), and the
	 * expired ones are the stored Invited less those.
	 */
	long members(String accountId, Set<Status> statuses, Instant now) {
		Optional<Set<Status>> withoutTheClock = storedWithoutTheClock(statuses);
		if (withoutTheClock.isPresent()) {
			return members(accountId, withoutTheClock.get());
		}
		boolean expired = statuses.contains(Status.InvitationExpired);
		// One of the two: stored Invited less the pending when expired ones are asked
		// for, the pending alone when pending ones are.
		Set<Status> kept = statuses.stream()
			.filter(status -> status != Status.Invited && status != Status.InvitationExpired)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
		if (expired) {
			kept.add(Status.Invited);
		}
		StatementSpec statement = jdbc.sql("SELECT " + (kept.isEmpty() ? "0" : STORED) + (expired ? " - " : " + ") + """
				(SELECT COUNT(*) FROM account_users
				 WHERE account_id = :accountId AND status = 'Invited' AND invitation_expires_at > :now)""")
			.param("accountId", accountId)
			.param("now", Jdbc.ts(now));
		if (!kept.isEmpty()) {
			statement.param("groupId", WHOLE_ACCOUNT).param("statuses", names(kept));
		}
		return statement.query(Long.class).single();
	}

	/**
	 * A new membership in this status and these groups, counted when the change commits.
	 */
	void started(String accountId, Status status, Set<String> groupIds) {
		Map<Counted, Integer> changes = new LinkedHashMap<>();
		enter(changes, stored(status), groupIds, 1);
		insert(accountId, changes);
	}

	/**
	 * A membership stored as {@code from} in the groups {@code fromGroups} is now stored
	 * as {@code to} in {@code toGroups}: one fewer in the first status (of the account,
	 * and of each group it leaves or stays in), one more in the second, counted when the
	 * change commits, in one statement; nothing when neither changed. The caller has
	 * written the row from the version that held {@code from} and {@code fromGroups}, so
	 * the two never disagree.
	 */
	void moved(String accountId, Status from, Set<String> fromGroups, Status to, Set<String> toGroups) {
		Map<Counted, Integer> changes = new LinkedHashMap<>();
		enter(changes, stored(from), fromGroups, -1);
		enter(changes, stored(to), toGroups, 1);
		changes.values().removeIf(change -> change == 0);
		insert(accountId, changes);
	}

	/** Adds one membership's change to the account's count and each group's. */
	private static void enter(Map<Counted, Integer> changes, Status status, Set<String> groupIds, int change) {
		changes.merge(new Counted(WHOLE_ACCOUNT, status.name()), change, Integer::sum);
		groupIds.stream()
			.sorted()
			.forEach(group -> changes.merge(new Counted(group, status.name()), change, Integer::sum));
	}

	private void insert(String accountId, Map<Counted, Integer> changes) {
		if (changes.isEmpty()) {
			return;
		}
		StringJoiner rows = new StringJoiner(", ");
		List<Object> params = new ArrayList<>();
		changes.forEach((counted, change) -> {
			rows.add("(?, ?, ?, ?)");
			params.addAll(List.of(accountId, counted.groupId(), counted.status(), change));
		});
		jdbc.sql("INSERT INTO member_count_changes (account_id, group_id, status, change) VALUES " + rows)
			.params(params)
			.update();
	}

	/**
	 * The group is being deleted: its counts and changes go, under the account's lock, so
	 * no fold writes them back. Its live members are none (the caller checked) and the
	 * ended ones are unlinked in the same transaction.
	 */
	void forgetGroup(String accountId, String groupId) {
		lock(accountId);
		jdbc.sql("DELETE FROM member_status_counts WHERE account_id = :accountId AND group_id = :groupId")
			.param("accountId", accountId)
			.param("groupId", groupId)
			.update();
		jdbc.sql("DELETE FROM member_count_changes WHERE account_id = :accountId AND group_id = :groupId")
			.param("accountId", accountId)
			.param("groupId", groupId)
			.update();
	}

	/**
	 * Moves the oldest changes of one account into its rows, in the caller's transaction.
	 * The account's {@code member_counts} row is locked first, so two nodes folding the
	 * same account take turns and the second reads only what the first left; the changes
	 * read are exactly the ones deleted, so a change committing meanwhile stays for the
	 * next fold. No count goes below zero on the way: a change that takes a member out of
	 * a status was written after the one that put them in committed, so it has the higher
	 * id and is never folded first.
	 * @return how many changes were moved (fewer than {@link #FOLD_BATCH}: none left that
	 * were committed when it read them)
	 */
	int fold(String accountId) {
		if (!lock(accountId)) {
			countAfresh(accountId);
		}
		List<Change> changes = jdbc
			.sql("SELECT id, group_id, status, change FROM member_count_changes WHERE account_id = :accountId"
					+ " ORDER BY id LIMIT " + FOLD_BATCH)
			.param("accountId", accountId)
			.query((rs, row) -> new Change(rs.getLong("id"),
					new Counted(rs.getString("group_id"), rs.getString("status")), rs.getInt("change")))
			.list();
		if (changes.isEmpty()) {
			return 0;
		}
		Map<Counted, Long> byCount = new TreeMap<>();
		changes.forEach(change -> byCount.merge(change.counted(), (long) change.change(), Long::sum));
		byCount.forEach((row, members) -> {
			if (members != 0) {
				add(accountId, row, members);
			}
		});
		jdbc.sql("DELETE FROM member_count_changes WHERE id IN (:ids)")
			.param("ids", changes.stream().map(Change::id).toList())
			.update();
		return changes.size();
	}

	/**
	 * Locks the account's {@code member_counts} row, what folds take turns on, until the
	 * transaction ends.
	 * @return whether the row is there (the account is counted)
	 */
	private boolean lock(String accountId) {
		return !jdbc.sql("SELECT account_id FROM member_counts WHERE account_id = :accountId FOR UPDATE")
			.param("accountId", accountId)
			.query(String.class)
			.list()
			.isEmpty();
	}

	/**
	 * An account made before its count was kept (or whose row was deleted by hand, to
	 * have it counted again): its rows are the members counted now less the changes that
	 * count them already, per status and per group and status, read in one statement.
	 */
	private void countAfresh(String accountId) {
		start(accountId);
		jdbc.sql("""
				INSERT INTO member_status_counts (account_id, group_id, status, members)
				SELECT CAST(:accountId AS VARCHAR(13)), counted.group_id, counted.status, SUM(counted.members)
				FROM (SELECT CAST(:wholeAccount AS VARCHAR(13)) AS group_id, status, COUNT(*) AS members
				      FROM account_users WHERE account_id = :accountId GROUP BY status
				      UNION ALL
				      SELECT aug.group_id, au.status, COUNT(*)
				      FROM account_user_groups aug JOIN account_users au ON au.id = aug.account_user_id
				      WHERE au.account_id = :accountId GROUP BY aug.group_id, au.status
				      UNION ALL
				      SELECT group_id, status, -SUM(change) FROM member_count_changes WHERE account_id = :accountId
				      GROUP BY group_id, status)
				    counted
				GROUP BY counted.group_id, counted.status""")
			.param("accountId", accountId)
			.param("wholeAccount", WHOLE_ACCOUNT)
			.update();
	}

	/**
	 * Under the account's lock, so no other fold inserts the same count row meanwhile.
	 */
	private void add(String accountId, Counted counted, long members) {
		int updated = jdbc.sql("""
				UPDATE member_status_counts SET members = members + :members
				WHERE account_id = :accountId AND group_id = :groupId AND status = :status""")
			.param("members", members)
			.param("accountId", accountId)
			.param("groupId", counted.groupId())
			.param("status", counted.status())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO member_status_counts (account_id, group_id, status, members)
					VALUES (:accountId, :groupId, :status, :members)""")
				.param("accountId", accountId)
				.param("groupId", counted.groupId())
				.param("status", counted.status())
				.param("members", members)
				.update();
		}
	}

	/** The accounts that have changes to fold, in order. */
	List<String> accountsWithChanges() {
		return jdbc.sql("SELECT DISTINCT account_id FROM member_count_changes ORDER BY account_id")
			.query(String.class)
			.list();
	}

	private static List<String> names(Set<Status> statuses) {
		return statuses.stream().map(status -> stored(status).name()).sorted().toList();
	}

	private static Status stored(Status status) {
		if (!status.isStored()) {
			throw new IllegalArgumentException(status + " is never stored, so it is not counted");
		}
		return status;
	}

	/** What a count row counts: a group's (or the account's) members in a status. */
	private record Counted(String groupId, String status) implements Comparable<Counted> {

		private static final Comparator<Counted> ORDER = Comparator.comparing(Counted::groupId)
			.thenComparing(Counted::status);

		@Override
		public int compareTo(Counted other) {
			return ORDER.compare(this, other);
		}

	}

	private record Change(long id, Counted counted, int change) {
	}

}
