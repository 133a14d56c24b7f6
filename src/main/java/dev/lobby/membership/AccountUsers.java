package dev.lobby.membership;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.group.GroupMemberships;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.GroupId;
import dev.lobby.platform.Jdbc;
import dev.lobby.platform.RandomIds;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.SqlFragment;

/**
 * Stores account users. Saving checks the version read, so two changes made at once
 * cannot both win: the second gets an {@link OptimisticLockingFailureException}.
 * <p>
 * A membership is live ({@link Status#isLive()}) exactly when its {@code live_user_id} is
 * set: saving writes that column from {@code isLive}, and the schema's
 * {@code account_users_live_key} refuses a row on which the two disagree. So queries ask
 * the column, never a list of statuses. Every new membership and every change of a stored
 * status or of groups is counted per status, and per group and status
 * ({@link MemberCounts}), in the same transaction.
 */
@Repository
class AccountUsers implements GroupMemberships {

	/**
	 * A membership with its person and its groups, in one statement: the groups' ids as
	 * an array from the member's rows of {@code account_user_groups} (its primary key
	 * leads with the member), evaluated for the rows returned only.
	 */
	private static final String SELECT = "SELECT au.*, " + ShownPerson.COLUMNS
			+ ", (SELECT ARRAY_AGG(aug.group_id) FROM account_user_groups aug WHERE aug.account_user_id = au.id) AS group_ids"
			+ " FROM account_users au JOIN users u ON u.id = au.user_id ";

	private static final String LIVE = "au.live_user_id IS NOT NULL";

	private static final String ENDED = "au.live_user_id IS NULL";

	/** An id that can be written into SQL as it is: no quote, no backslash. */
	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private static final String IN_GROUP = "FROM account_user_groups aug JOIN account_users au ON au.id = aug.account_user_id"
			+ " WHERE aug.group_id = :groupId";

	private final JdbcClient jdbc;

	private final MemberCounts counts;

	AccountUsers(JdbcClient jdbc, MemberCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/**
	 * Writes a new membership under an id drawn until one is unused, without a read
	 * before each try.
	 */
	AccountUser insertWithUnusedId(Function<String, AccountUser> member) {
		return insertWithUnusedId(member, () -> {
		});
	}

	/**
	 * @param whenNotInserted runs when an insert wrote nothing, before the next id is
	 * drawn: it refuses if the person is a live member already (the other key that can
	 * refuse the row)
	 */
	AccountUser insertWithUnusedId(Function<String, AccountUser> member, Runnable whenNotInserted) {
		return RandomIds.insertUnused("AUSR", 3, id -> {
			AccountUser drawn = member.apply(id);
			if (insertIfUnused(drawn)) {
				return Optional.of(drawn);
			}
			whenNotInserted.run();
			return Optional.empty();
		});
	}

	/**
	 * Writes a new membership with its groups and counts it, unless its id is taken or
	 * the person is already a live member of the account (the unique keys decide, in the
	 * same statement: no read before): then nothing is written and the answer is
	 * {@code false}.
	 */
	private boolean insertIfUnused(AccountUser member) {
		int inserted = jdbc
			.sql("""
					INSERT INTO account_users (id, account_id, user_id, shown_email, shown_first_name, shown_last_name,
					    status, live_user_id, link_generation, invitation_expires_at, invitation_sent_at, invited_by_id,
					    invited_by_name, inviter_user_id, joined_at, ended_at, version, created_at, created_by_id, created_by_name,
					    updated_at, updated_by_id, updated_by_name)
					VALUES (:id, :accountId, :userId, :inviteeEmail, :inviteeFirstName, :inviteeLastName,
					    :status, :liveUserId, :linkGeneration, :expiresAt, :sentAt, :invitedById,
					    :invitedByName, :inviterUserId, :joinedAt, :endedAt, :version, :createdAt, :createdById, :createdByName,
					    :updatedAt, :updatedById, :updatedByName)
					ON CONFLICT DO NOTHING""")
			.param("id", member.id())
			.param("accountId", member.accountId())
			.param("userId", member.person().userId())
			.param("inviteeEmail", member.person().email().value())
			.param("inviteeFirstName", member.person().firstName())
			.param("inviteeLastName", member.person().lastName())
			.param("status", member.storedStatus().name())
			.param("liveUserId", liveUserId(member))
			.param("linkGeneration", member.linkGeneration())
			.param("expiresAt", Jdbc.ts(member.expiresAt()))
			.param("sentAt", Jdbc.ts(member.sentAt()))
			.param("invitedById", member.invitedBy().id())
			.param("invitedByName", member.invitedBy().name())
			.param("inviterUserId", member.invitedBy().userId())
			.param("joinedAt", Jdbc.ts(member.joinedAt()))
			.param("endedAt", Jdbc.ts(member.endedAt()))
			.param("version", member.version())
			.param("createdAt", Jdbc.ts(member.created().at()))
			.param("createdById", member.created().byId())
			.param("createdByName", member.created().byName())
			.param("updatedAt", Jdbc.ts(member.updated().at()))
			.param("updatedById", member.updated().byId())
			.param("updatedByName", member.updated().byName())
			.update();
		if (inserted == 0) {
			return false;
		}
		insertGroups(member);
		counts.started(member.accountId(), member.storedStatus(), member.groupIds());
		return true;
	}

	/**
	 * Writes the member's changes over the version they were read at, and counts a change
	 * of status: the version checked is the one that held
	 * {@link AccountUser#savedStatus}, so the status the member leaves is the one the row
	 * had; the groups are written only when they differ from those read with that version
	 * ({@link AccountUser#savedGroupIds}).
	 */
	void update(AccountUser member) {
		// The version checked below says the row still holds the groups read with it.
		boolean groupsChanged = !member.groupIds().equals(member.savedGroupIds());
		int changed = jdbc
			.sql("""
					UPDATE account_users SET status = :status, live_user_id = :liveUserId, link_generation = :linkGeneration,
					    invitation_expires_at = :expiresAt, invitation_sent_at = :sentAt, invited_by_id = :invitedById,
					    invited_by_name = :invitedByName, inviter_user_id = :inviterUserId, joined_at = :joinedAt,
					    ended_at = :endedAt, version = version + 1, updated_at = :updatedAt, updated_by_id = :updatedById,
					    updated_by_name = :updatedByName
					WHERE id = :id AND version = :version""")
			.param("status", member.storedStatus().name())
			.param("liveUserId", liveUserId(member))
			.param("linkGeneration", member.linkGeneration())
			.param("expiresAt", Jdbc.ts(member.expiresAt()))
			.param("sentAt", Jdbc.ts(member.sentAt()))
			.param("invitedById", member.invitedBy().id())
			.param("invitedByName", member.invitedBy().name())
			.param("inviterUserId", member.invitedBy().userId())
			.param("joinedAt", Jdbc.ts(member.joinedAt()))
			.param("endedAt", Jdbc.ts(member.endedAt()))
			.param("updatedAt", Jdbc.ts(member.updated().at()))
			.param("updatedById", member.updated().byId())
			.param("updatedByName", member.updated().byName())
			.param("id", member.id())
			.param("version", member.version())
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Account user " + member.id() + " was changed concurrently");
		}
		counts.moved(member.accountId(), member.savedStatus(), member.savedGroupIds(), member.storedStatus(),
				member.groupIds());
		member.saved();
		if (groupsChanged) {
			jdbc.sql("DELETE FROM account_user_groups WHERE account_user_id = :id").param("id", member.id()).update();
			insertGroups(member);
		}
	}

	/** The member's groups, one statement for all of them. */
	private void insertGroups(AccountUser member) {
		List<String> groups = List.copyOf(member.groupIds());
		if (groups.isEmpty()) {
			return;
		}
		StringJoiner rows = new StringJoiner(", ");
		for (int i = 0; i < groups.size(); i++) {
			rows.add("(:id, :accountId, :group" + i + ")");
		}
		JdbcClient.StatementSpec insert = jdbc
			.sql("INSERT INTO account_user_groups (account_user_id, account_id, group_id) VALUES " + rows)
			.param("id", member.id())
			.param("accountId", member.accountId());
		for (int i = 0; i < groups.size(); i++) {
			insert = insert.param("group" + i, groups.get(i));
		}
		insert.update();
	}

	Optional<AccountUser> find(String accountId, String id) {
		return jdbc.sql(SELECT + " WHERE au.account_id = :accountId AND au.id = :id")
			.param("accountId", accountId)
			.param("id", id)
			.query(AccountUsers::row)
			.optional();
	}

	Optional<AccountUser> findById(String id) {
		return jdbc.sql(SELECT + " WHERE au.id = :id").param("id", id).query(AccountUsers::row).optional();
	}

	Optional<AccountUser> findLive(String accountId, String userId) {
		return jdbc.sql(SELECT + " WHERE au.account_id = :accountId AND au.live_user_id = :userId")
			.param("accountId", accountId)
			.param("userId", userId)
			.query(AccountUsers::row)
			.optional();
	}

	/** The user's live memberships (invited, active or blocked), in every account. */
	List<AccountUser> liveOfUser(String userId) {
		return jdbc.sql(SELECT + " WHERE au.user_id = :userId AND " + LIVE + " ORDER BY au.created_at, au.id")
			.param("userId", userId)
			.query(AccountUsers::row)
			.list();
	}

	/**
	 * One page of an RQL query over the account's members, in the query's order (see
	 * {@link AccountUserListFields}). Past the first page, the page's ids are found first
	 * and only its rows are joined with their users: a deep page ({@code offset=5000})
	 * then skips index entries, not 5,000 joins. The ids' query names {@code users} by a
	 * left join (every member has a user), which PostgreSQL drops when neither the filter
	 * nor the order reads a user field, so such pages read the membership index alone.
	 */
	List<AccountUser> page(String accountId, RqlQuery query, AccountUserListFields fields) {
		SqlFragment order = fields.orderBy(query).wrap("ORDER BY ", "");
		SqlFragment sql;
		if (query.offset() == 0) {
			sql = SqlFragment.join(" ", List.of(SqlFragment.of(SELECT), where(accountId, query), order, query.page()));
		}
		else {
			SqlFragment ids = SqlFragment.join(" ",
					List.of(SqlFragment.of("SELECT au.id FROM account_users au LEFT JOIN users u ON u.id = au.user_id"),
							where(accountId, query), order, query.page()));
			// IN, not a derived table: H2 prepares a derived table again from SQL it
			// writes itself, and fails to read its own rewrite of an ILIKE without
			// wildcards.
			sql = SqlFragment.join(" ", List.of(ids.wrap(SELECT + "WHERE au.id IN (", ")"), order));
		}
		return jdbc.sql(sql.sql()).params(sql.params()).query(AccountUsers::row).list();
	}

	/** How many members match, counting no further than {@code bound}. */
	long countUpTo(String accountId, RqlQuery query, long bound) {
		SqlFragment fromWhere = SqlFragment.join(" ",
				// LEFT JOIN (every member has a user) so that PostgreSQL drops the join
				// when no user field is filtered.
				List.of(SqlFragment.of("FROM account_users au LEFT JOIN users u ON u.id = au.user_id"),
						where(accountId, query)));
		SqlFragment sql = RqlPaging.count(fromWhere, bound);
		return jdbc.sql(sql.sql()).params(sql.params()).query(Long.class).single();
	}

	/**
	 * Whether a page of this query is written out whole, the account's id included: a
	 * filter that binds nothing (on statuses alone, which the list writes out) in an
	 * account whose id is plain letters, digits and dashes (as every drawn id is). Then
	 * PostgreSQL keeps one plan per account and filter, made for that account; a plan
	 * kept for any account is made for an average one and may sort a large account's
	 * members in a status where the list's order is at hand (for
	 * {@code eq(status,Active)&order=-joinedAt} 150,000 of them, 86 ms against 0.03 ms:
	 * {@code bench/pgbench/plan-for-any-account.sql}). Any other filtered page is planned
	 * for its values each time ({@link PlansForTheseValues}); an unfiltered page keeps
	 * its account bound and one plan for all accounts: no index reads fewer of its rows
	 * than the one in its order.
	 */
	static boolean writtenOutWhole(String accountId, RqlQuery query) {
		return !query.filtersNothing() && query.bindsNothing() && PLAIN_ID.matcher(accountId).matches();
	}

	/**
	 * Removed and declined memberships have ended, so they are hidden, unless the filter
	 * names {@code status} anywhere: then the caller gets exactly what the filter asks
	 * for.
	 */
	private static SqlFragment where(String accountId, RqlQuery query) {
		String live = query.filters("status") ? "" : " AND " + LIVE;
		SqlFragment account = writtenOutWhole(accountId, query)
				? SqlFragment.of("WHERE au.account_id = '" + accountId + "'" + live)
				: SqlFragment.of("WHERE au.account_id = ?" + live, accountId);
		return SqlFragment.join(" AND ", List.of(account, query.where().wrap("(", ")")));
	}

	/**
	 * Active members in any of these groups, e.g. the ones granting a module: whom to
	 * tell when nobody else is named.
	 */
	List<Person> activeMembersInGroups(String accountId, Collection<String> groupIds) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					SELECT DISTINCT u.id AS user_id, u.email, u.first_name, u.last_name, u.last_sign_in_at FROM account_users au
					JOIN users u ON u.id = au.user_id
					JOIN account_user_groups aug ON aug.account_user_id = au.id
					WHERE au.account_id = :accountId AND au.status = 'Active' AND aug.group_id IN (:groupIds) ORDER BY u.email""")
			.param("accountId", accountId)
			.param("groupIds", groupIds)
			.query((rs, row) -> person(rs))
			.list();
	}

	@Override
	public long liveMembers(GroupId groupId) {
		return jdbc.sql("SELECT COUNT(*) " + IN_GROUP + " AND " + LIVE)
			.param("groupId", groupId.value())
			.query(Long.class)
			.single();
	}

	/** From the counts kept with every change: no member is counted. */
	@Override
	public Map<String, Long> liveMembers(String accountId, Collection<String> groupIds) {
		return counts.liveInGroups(accountId, groupIds);
	}

	@Override
	public List<String> unlinkEnded(String accountId, GroupId groupId) {
		counts.forgetGroup(accountId, groupId.value());
		List<String> ended = jdbc
			.sql("SELECT aug.account_user_id " + IN_GROUP + " AND " + ENDED + " ORDER BY aug.account_user_id")
			.param("groupId", groupId.value())
			.query(String.class)
			.list();
		if (!ended.isEmpty()) {
			jdbc.sql("DELETE FROM account_user_groups WHERE group_id = :group AND account_user_id IN (:ended)")
				.param("group", groupId.value())
				.param("ended", ended)
				.update();
		}
		return ended;
	}

	private static @Nullable String liveUserId(AccountUser member) {
		return member.storedStatus().isLive() ? member.person().userId() : null;
	}

	private static Person person(ResultSet rs) throws SQLException {
		return new Person(rs.getString("user_id"), EmailAddress.stored(rs.getString("email")),
				rs.getString("first_name"), rs.getString("last_name"), Jdbc.instantOrNull(rs, "last_sign_in_at"));
	}

	private static AccountUser row(ResultSet rs, int row) throws SQLException {
		return new AccountUser(rs.getString("id"), rs.getString("account_id"), person(rs),
				Status.valueOf(rs.getString("status")), rs.getInt("link_generation"),
				Jdbc.instantOrNull(rs, "invitation_expires_at"), Jdbc.instantOrNull(rs, "invitation_sent_at"),
				new AccountUser.Inviter(rs.getString("invited_by_id"), rs.getString("invited_by_name"),
						rs.getString("inviter_user_id")),
				Jdbc.instantOrNull(rs, "joined_at"), Jdbc.instantOrNull(rs, "ended_at"), groupIds(rs),
				rs.getLong("version"), Jdbc.stamp(rs, "created"), Jdbc.stamp(rs, "updated"));
	}

	/**
	 * The {@code group_ids} array of {@link #SELECT}: null when the member is in none.
	 */
	private static Set<String> groupIds(ResultSet rs) throws SQLException {
		Array ids = rs.getArray("group_ids");
		if (ids == null) {
			return Set.of();
		}
		try {
			Set<String> groups = new HashSet<>();
			for (Object id : (Object[]) ids.getArray()) {
				groups.add((String) id);
			}
			return groups;
		}
		finally {
			ids.free();
		}
	}

}
