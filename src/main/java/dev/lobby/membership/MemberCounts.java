package dev.lobby.membership;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many live memberships each account has, without counting rows and without a lock
 * that changes wait for: the account's row in {@code member_counts} plus its changes in
 * {@code member_count_changes}, where each change that starts or ends a live membership
 * inserts +1 or -1 in its own transaction. Inserts of one account never wait for each
 * other (an update of the one row would hold its lock until each change commits, so the
 * account's invites would take turns); {@link #fold} moves the changes into the row now
 * and then, so a read sums only the few since.
 */
@Repository
class MemberCounts {

	/** How many changes one {@link #fold} moves at most. */
	static final int FOLD_BATCH = 1_000;

	private final JdbcClient jdbc;

	MemberCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new account starts with no members. */
	void start(String accountId) {
		jdbc.sql("INSERT INTO member_counts (account_id, live_members) VALUES (:accountId, 0)")
			.param("accountId", accountId)
			.update();
	}

	/**
	 * The account's live memberships: its row and its changes not yet folded in, read in
	 * one statement (so a fold committing meanwhile is seen either wholly or not at all).
	 */
	long live(String accountId) {
		return jdbc.sql("""
				SELECT COALESCE((SELECT live_members FROM member_counts WHERE account_id = :accountId), 0)
				     + COALESCE((SELECT SUM(change) FROM member_count_changes WHERE account_id = :accountId), 0)""")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** One more live membership, counted when the change commits. */
	void started(String accountId) {
		jdbc.sql("INSERT INTO member_count_changes (account_id, change) VALUES (:accountId, 1)")
			.param("accountId", accountId)
			.update();
	}

	/**
	 * The membership ends with this change: one live membership less, if the stored row
	 * is still live (read before the row is written).
	 */
	void endedIfLive(String accountId, String accountUserId) {
		jdbc.sql("""
				INSERT INTO member_count_changes (account_id, change)
				SELECT CAST(:accountId AS VARCHAR(13)), -1
				WHERE EXISTS (SELECT 1 FROM account_users WHERE id = :id AND live_user_id IS NOT NULL)""")
			.param("accountId", accountId)
			.param("id", accountUserId)
			.update();
	}

	/**
	 * Moves the oldest changes of one account into its row, in the caller's transaction.
	 * The account's row is locked first, so two nodes folding the same account take turns
	 * and the second reads only what the first left; the changes read are exactly the
	 * ones deleted, so a change committing meanwhile stays for the next fold.
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
			// An account made before its count was kept (or by hand): its row is the
			// members counted now less the changes that count them already.
			jdbc.sql("""
					INSERT INTO member_counts (account_id, live_members)
					SELECT :accountId,
					    (SELECT COUNT(*) FROM account_users WHERE account_id = :accountId AND live_user_id IS NOT NULL)
					  - (SELECT COALESCE(SUM(change), 0) FROM member_count_changes WHERE account_id = :accountId)""")
				.param("accountId", accountId)
				.update();
		}
		List<Long> ids = jdbc
			.sql("SELECT id FROM member_count_changes WHERE account_id = :accountId ORDER BY id LIMIT " + FOLD_BATCH)
			.param("accountId", accountId)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		jdbc.sql("""
				UPDATE member_counts SET live_members = live_members
				    + (SELECT SUM(change) FROM member_count_changes WHERE id IN (:ids))
				WHERE account_id = :accountId""").param("ids", ids).param("accountId", accountId).update();
		jdbc.sql("DELETE FROM member_count_changes WHERE id IN (:ids)").param("ids", ids).update();
		return ids.size();
	}

	/** The accounts that have changes to fold, in order. */
	List<String> accountsWithChanges() {
		return jdbc.sql("SELECT DISTINCT account_id FROM member_count_changes ORDER BY account_id")
			.query(String.class)
			.list();
	}

}
