package dev.lobby.membership;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;

/**
 * How many memberships each account has in each stored status, without counting rows and
 * without a lock that changes wait for: the account's rows in
 * {@code member_status_counts} plus its changes in {@code member_count_changes}, where
 * each change of a membership's stored status inserts -1 for the status it leaves and +1
 * for the one it enters, in its own transaction. Inserts of one account never wait for
 * each other (an update of a count row would hold its lock until each change commits, so
 * the account's invites would take turns); {@link #fold} moves the changes into the rows
 * now and then, so a read sums only the few since. The account's row in
 * {@code member_counts} is what folds lock.
 */
@Repository
class MemberCounts {

	/** How many changes one {@link #fold} moves at most. */
	static final int FOLD_BATCH = 1_000;

	/**
	 * The stored statuses of live memberships: an expired invitation is stored
	 * {@link Status#Invited}.
	 */
	static final Set<Status> LIVE = Arrays.stream(Status.values())
		.filter(status -> status.isStored() && status.isLive())
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The account's memberships stored in the statuses {@code :statuses}: its rows and
	 * its changes not yet folded in.
	 */
	private static final String STORED = """
			COALESCE((SELECT SUM(members) FROM member_status_counts
			          WHERE account_id = :accountId AND status IN (:statuses)), 0)
			+ COALESCE((SELECT SUM(change) FROM member_count_changes
			            WHERE account_id = :accountId AND status IN (:statuses)), 0)""";

	private final JdbcClient jdbc;

	MemberCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		if (statuses.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT " + STORED)
			.param("accountId", accountId)
			.param("statuses", names(statuses))
			.query(Long.class)
			.single();
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
		boolean pending = statuses.contains(Status.Invited);
		boolean expired = statuses.contains(Status.InvitationExpired);
		// Stored Invited when expired ones are asked for: all of them, or less the
		// pending.
		Set<Status> kept = statuses.stream()
			.filter(status -> status != Status.Invited && status != Status.InvitationExpired)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
		if (expired) {
			kept.add(Status.Invited);
		}
		if (pending == expired) {
			return members(accountId, kept);
		}
		StatementSpec statement = jdbc.sql("SELECT " + (kept.isEmpty() ? "0" : STORED) + (expired ? " - " : " + ") + """
				(SELECT COUNT(*) FROM account_users
				 WHERE account_id = :accountId AND status = 'Invited' AND invitation_expires_at > :now)""")
			.param("accountId", accountId)
			.param("now", Jdbc.ts(now));
		if (!kept.isEmpty()) {
			statement.param("statuses", names(kept));
		}
		return statement.query(Long.class).single();
	}

	/** A new membership in this status, counted when the change commits. */
	void started(String accountId, Status status) {
		jdbc.sql("INSERT INTO member_count_changes (account_id, status, change) VALUES (:accountId, :status, 1)")
			.param("accountId", accountId)
			.param("status", stored(status).name())
			.update();
	}

	/**
	 * A membership stored as {@code from} is now stored as {@code to}: one fewer in the
	 * first, one more in the second, counted when the change commits; nothing when the
	 * status stayed. The caller has written the row from the version that held
	 * {@code from}, so the two never disagree.
	 */
	void moved(String accountId, Status from, Status to) {
		if (stored(from) == stored(to)) {
			return;
		}
		jdbc.sql("""
				INSERT INTO member_count_changes (account_id, status, change)
				VALUES (:accountId, :from, -1), (:accountId, :to, 1)""")
			.param("accountId", accountId)
			.param("from", from.name())
			.param("to", to.name())
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
		boolean counted = !jdbc.sql("SELECT account_id FROM member_counts WHERE account_id = :accountId FOR UPDATE")
			.param("accountId", accountId)
			.query(String.class)
			.list()
			.isEmpty();
		if (!counted) {
			countAfresh(accountId);
		}
		List<Change> changes = jdbc
			.sql("SELECT id, status, change FROM member_count_changes WHERE account_id = :accountId ORDER BY id LIMIT "
					+ FOLD_BATCH)
			.param("accountId", accountId)
			.query((rs, row) -> new Change(rs.getLong("id"), rs.getString("status"), rs.getInt("change")))
			.list();
		if (changes.isEmpty()) {
			return 0;
		}
		Map<String, Long> byStatus = new TreeMap<>();
		changes.forEach(change -> byStatus.merge(change.status(), (long) change.change(), Long::sum));
		byStatus.forEach((status, members) -> {
			if (members != 0) {
				add(accountId, status, members);
			}
		});
		jdbc.sql("DELETE FROM member_count_changes WHERE id IN (:ids)")
			.param("ids", changes.stream().map(Change::id).toList())
			.update();
		return changes.size();
	}

	/**
	 * An account made before its count was kept (or whose row was deleted by hand, to
	 * have it counted again): its rows are the members counted now less the changes that
	 * count them already, per status, read in one statement.
	 */
	private void countAfresh(String accountId) {
		start(accountId);
		jdbc.sql(
				"""
						INSERT INTO member_status_counts (account_id, status, members)
						SELECT CAST(:accountId AS VARCHAR(13)), counted.status, SUM(counted.members)
						FROM (SELECT status, COUNT(*) AS members FROM account_users WHERE account_id = :accountId GROUP BY status
						      UNION ALL
						      SELECT status, -SUM(change) FROM member_count_changes WHERE account_id = :accountId GROUP BY status)
						    counted
						GROUP BY counted.status""")
			.param("accountId", accountId)
			.update();
	}

	/**
	 * Under the account's lock, so no other fold inserts the same status row meanwhile.
	 */
	private void add(String accountId, String status, long members) {
		int updated = jdbc.sql("""
				UPDATE member_status_counts SET members = members + :members
				WHERE account_id = :accountId AND status = :status""")
			.param("members", members)
			.param("accountId", accountId)
			.param("status", status)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"INSERT INTO member_status_counts (account_id, status, members) VALUES (:accountId, :status, :members)")
				.param("accountId", accountId)
				.param("status", status)
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

	private record Change(long id, String status, int change) {
	}

}
