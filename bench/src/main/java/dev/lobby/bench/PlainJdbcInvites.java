package dev.lobby.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one invite through the REST API does to the database, done by a plain JDBC
 * program: no web, no framework, one connection per client, the statements' text as Lobby
 * sends them (read from PostgreSQL's statement log of one invite, {@code
 * log_statement=all}). Two shapes:
 * <ul>
 * <li>{@link #inserts}: the five rows an invite writes (user, membership, group link,
 * audit record, outbox email) in one transaction — the limit of this database on this
 * machine for that change;</li>
 * <li>{@link #request}: every statement of one invite request in the same transactions
 * and order: the token check (the token with its modules and its account's type, in
 * auto-commit), the invite (10 statements, reads included: the account, the groups with
 * their modules, the new login (inserted, since the address is new), the writes with the
 * member counts' change rows (the account's and the group's, one statement), and last,
 * just before the commit, the email limit's lock and its MERGE) — 11 in all, and nothing
 * read for the answer (Lobby's {@code InviteStatementsContract} guards this shape). Until
 * 2026-12-07 the token check read the account in a second statement and the invite looked
 * the address up before inserting its login. Until the night of 2026-12-03 it was 20: the
 * token check read the modules apart in a transaction of its own, the invite read the
 * account twice, and the answer read the account, groups, modules and email delivery
 * again; until 2026-12-03 the limit's lock came before the writes and the member count
 * was an update of the account's row, both held to the commit, so one account's invites
 * took turns for their whole transaction.</li>
 * </ul>
 */
final class PlainJdbcInvites {

	static final String INSERT_USER = """
			INSERT INTO users (id, email, email_key, first_name, last_name, password_hash, created_at, updated_at,
			    email_verified_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	static final String INSERT_MEMBER = """
			INSERT INTO account_users (id, account_id, user_id, shown_email, shown_first_name, shown_last_name,
			    status, live_user_id, link_generation, invitation_expires_at, invitation_sent_at, invited_by_id,
			    invited_by_name, inviter_user_id, joined_at, ended_at, version, created_at, created_by_id, created_by_name,
			    updated_at, updated_by_id, updated_by_name)
			VALUES (?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?, ?, ?, ?,
			    ?, ?, ?)""";

	static final String INSERT_GROUP = "INSERT INTO account_user_groups (account_user_id, account_id, group_id) VALUES (?, ?, ?)";

	static final String INSERT_AUDIT = """
			INSERT INTO audit_records (id, account_id, event_key, summary, object_type, object_id, actor_type,
			    actor_id, actor_name, occurred_at, ip, user_agent, correlation_id, details)
			VALUES (?, ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?, ?, ?)""";

	static final String INSERT_EMAIL = """
			INSERT INTO outbound_emails (account_id, account_user_id, template, reason, recipient, locale, model,
			    status, attempts, next_attempt_at, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?,
			    'Pending', 0, ?, ?)""";

	/** The email limit's key of an account, as Lobby names it (with the account's id). */
	static final String INVITATION_EMAILS = "invitation-emails:";

	private static final String ACTOR = "API token \"Bootstrap token\"";

	private final AtomicLong sequence = new AtomicLong();

	private final int tag;

	private final Token token;

	/** The bootstrap token as the request shape reads it. */
	record Token(String id, String secretHash) {
	}

	/**
	 * @param tag two digits that start every id this program makes, apart from Lobby's
	 */
	PlainJdbcInvites(int tag, Token token) {
		this.tag = tag;
		this.token = token;
	}

	/** The invite's five inserts in one transaction. */
	void inserts(Connection connection, LobbyApi.TestAccount account) throws SQLException {
		Invitee invitee = next();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		writeRows(connection, account, invitee, now);
		connection.commit();
	}

	/**
	 * Every statement of one invite request (one group, no idempotency key, as the
	 * bench's REST invite sends it), in the same transactions: the shape that
	 * {@code InviteStatementsContract} guards in Lobby's tests.
	 */
	void request(Connection connection, LobbyApi.TestAccount account) throws SQLException {
		Invitee invitee = next();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		// 1. the token with its modules and its account's type, in auto-commit (its last
		// use is written once a minute, with no statement in between)
		connection.setAutoCommit(true);
		read(connection, """
				SELECT t.*, a.type AS account_type, m.module_id FROM api_tokens t
				JOIN accounts a ON a.id = t.account_id
				LEFT JOIN api_token_modules m ON m.token_id = t.id
				WHERE t.secret_hash = ?""", this.token.secretHash());
		connection.setAutoCommit(false);
		// 2. the invite: the account (read once for the membership's and the groups'
		// checks and the email), groups, the new login, the writes (the
		// member counts as change rows, the account's and the group's), and last the
		// email limit (lock, MERGE), then the
		// commit; the answer is what the invite wrote, nothing is read after it
		read(connection, "SELECT * FROM accounts WHERE id = ?", account.id());
		groupsAndModules(connection, account);
		update(connection, INSERT_USER + "\nON CONFLICT DO NOTHING", invitee.userId(), invitee.email(), invitee.email(),
				"Bench", "Invitee", null, now, now, null);
		writeMember(connection, account, invitee, now, INSERT_MEMBER + "\nON CONFLICT DO NOTHING");
		update(connection,
				"INSERT INTO member_count_changes (account_id, group_id, status, change)"
						+ " VALUES (?, '', 'Invited', 1), (?, ?, 'Invited', 1)",
				account.id(), account.id(), account.administrators());
		writeAuditAndEmail(connection, account, invitee, now);
		rateLimit(connection, INVITATION_EMAILS + account.id(), now);
		connection.commit();
	}

	/**
	 * The email limit as Lobby counts it: the account's key locked (made on first use),
	 * then one MERGE that counts the email in this minute if the hour's minutes hold
	 * fewer than the limit (the bench's limit: 1,000,000,000).
	 */
	static void rateLimit(Connection connection, String key, OffsetDateTime now) throws SQLException {
		boolean locked;
		try (PreparedStatement lock = Database.prepare(connection,
				"SELECT limit_key FROM rate_limit_keys WHERE limit_key = ? FOR UPDATE", key);
				ResultSet rows = lock.executeQuery()) {
			locked = rows.next();
		}
		if (!locked) {
			update(connection, "INSERT INTO rate_limit_keys (limit_key) VALUES (?) ON CONFLICT DO NOTHING", key);
		}
		OffsetDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
		update(connection,
				"""
						MERGE INTO rate_limit_minutes m
						USING (SELECT CAST(? AS VARCHAR(64)) AS limit_key, CAST(? AS TIMESTAMP WITH TIME ZONE) AS minute_start
						       WHERE (SELECT COALESCE(SUM(events), 0) FROM rate_limit_minutes
						              WHERE limit_key = ? AND minute_start >= ?) < ?) e
						ON m.limit_key = e.limit_key AND m.minute_start = e.minute_start
						WHEN MATCHED THEN UPDATE SET events = m.events + 1
						WHEN NOT MATCHED THEN INSERT (limit_key, minute_start, events) VALUES (e.limit_key, e.minute_start, 1)""",
				key, minute, key, minute.minusHours(1), 1_000_000_000);
	}

	private static void groupsAndModules(Connection connection, LobbyApi.TestAccount account) throws SQLException {
		read(connection, """
				SELECT g.*, m.id AS module_id, m.name AS module_name, m.description AS module_description
				FROM user_groups g
				LEFT JOIN user_group_modules gm ON gm.group_id = g.id
				LEFT JOIN modules m ON m.id = gm.module_id
				WHERE g.account_id = ? AND g.id IN (?)
				ORDER BY g.name_key, g.id, m.id""", account.id(), account.administrators());
	}

	private record Invitee(String userId, String memberId, String email) {
	}

	private Invitee next() {
		long n = this.sequence.incrementAndGet();
		String user = String.format("%02d%06d", this.tag, n);
		String member = String.format("%02d%010d", this.tag, n);
		return new Invitee("USR-" + user.substring(0, 4) + "-" + user.substring(4),
				"AUSR-" + member.substring(0, 4) + "-" + member.substring(4, 8) + "-" + member.substring(8),
				"jdbc" + n + ".t" + this.tag + "@bench.example");
	}

	private void writeRows(Connection connection, LobbyApi.TestAccount account, Invitee invitee, OffsetDateTime now)
			throws SQLException {
		update(connection, INSERT_USER, invitee.userId(), invitee.email(), invitee.email(), "Bench", "Invitee", null,
				now, now, null);
		writeMember(connection, account, invitee, now, INSERT_MEMBER);
		writeAuditAndEmail(connection, account, invitee, now);
	}

	private void writeMember(Connection connection, LobbyApi.TestAccount account, Invitee invitee, OffsetDateTime now,
			String insertMember) throws SQLException {
		OffsetDateTime expires = now.plusDays(7);
		update(connection, insertMember, invitee.memberId(), account.id(), invitee.userId(), invitee.email(), "Bench",
				"Invitee", "Invited", invitee.userId(), 1, expires, now, this.token.id(), ACTOR, null, null, null, 0L,
				now, this.token.id(), ACTOR, now, this.token.id(), ACTOR);
		update(connection, INSERT_GROUP, invitee.memberId(), account.id(), account.administrators());
	}

	private void writeAuditAndEmail(Connection connection, LobbyApi.TestAccount account, Invitee invitee,
			OffsetDateTime now) throws SQLException {
		OffsetDateTime expires = now.plusDays(7);
		update(connection, INSERT_AUDIT, auditId(), account.id(), "lobby.invitation.sent", "Bench Invitee was invited",
				"AccountUser", invitee.memberId(), "API_TOKEN", this.token.id(), ACTOR, now, "127.0.0.1",
				"Java-http-client/17", "bench-" + invitee.memberId(),
				"{\"email\":\"" + invitee.email() + "\",\"groups\":[\"" + account.administrators()
						+ "\"],\"expiresAt\":\"" + expires.toInstant() + "\"}");
		update(connection, INSERT_EMAIL, account.id(), invitee.memberId(), "invitation", "invite", invitee.email(),
				"en",
				"{\"inviteeFirstName\":\"Bench\",\"accountName\":\"Bench\",\"expiresAt\":\"" + expires.toInstant()
						+ "\",\"invitedByPerson\":false,\"inviteeEmail\":\"" + invitee.email()
						+ "\",\"invitationLink\":{\"accountUserId\":\"" + invitee.memberId()
						+ "\",\"generation\":1},\"inviterName\":\"Bench\"}",
				now, now);
	}

	private static String auditId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return String.format("AUD-%04d-%04d-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000),
				random.nextInt(10_000), random.nextInt(10_000));
	}

	private static void update(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = Database.prepare(connection, sql, params)) {
			statement.executeUpdate();
		}
	}

	/** Runs a query and reads every row, as Lobby's mappers do. */
	static void read(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = Database.prepare(connection, sql, params);
				ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int c = 1; c <= columns; c++) {
					rows.getObject(c);
				}
			}
		}
	}

}
