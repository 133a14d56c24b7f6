package dev.lobby.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads one account's members with bulk SQL as an operator would (COPY into
 * {@code users}, {@code account_users} and {@code account_user_groups}, then ANALYZE): of
 * every 20 members 15 are Active, 1 Blocked, 1 removed (Disabled), 2 Invited with a
 * pending link and 1 Invited with an expired link; every member is in Support, one in 50
 * also in Administrators. Then VACUUM and CHECKPOINT, which autovacuum and the
 * checkpointer would otherwise do during the measurements. Ids have Lobby's shapes and
 * are derived from the account's tag and the member's number, skipping any id Lobby
 * already drew.
 */
final class MemberLoader {

	private static final String LOADER = "TKN-0000-0000";

	private static final String LOADER_NAME = "API token \"Bench loader\"";

	private final Database database;

	MemberLoader(Database database) {
		this.database = database;
	}

	/** An account as loaded: the members the resend and send-new figures may use. */
	record Loaded(LobbyApi.TestAccount account, int members, List<String> pending, List<String> expired,
			double copySeconds, double analyzeSeconds, double vacuumSeconds) {
	}

	Loaded load(LobbyApi.TestAccount account, int tag, int size) throws SQLException, IOException {
		Set<String> takenUsers = this.database.strings("SELECT id FROM users");
		Set<String> takenMembers = this.database.strings("SELECT id FROM account_users");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		List<String> pending = new ArrayList<>();
		List<String> expired = new ArrayList<>();
		boolean[] skip = new boolean[size];
		int members = 0;
		for (int i = 0; i < size; i++) {
			skip[i] = takenUsers.contains(userId(tag, i)) || takenMembers.contains(memberId(tag, i));
			if (!skip[i]) {
				members++;
				if (kind(i) == Kind.PENDING) {
					pending.add(memberId(tag, i));
				}
				else if (kind(i) == Kind.EXPIRED) {
					expired.add(memberId(tag, i));
				}
			}
		}
		long started = System.nanoTime();
		this.database.copy(
				"COPY users (id, email, email_key, first_name, last_name, password_hash, created_at, "
						+ "updated_at, last_sign_in_at, email_verified_at) FROM STDIN",
				size, (i) -> skip[i] ? null : userRow(tag, i, size, now));
		this.database.copy("COPY account_users (id, account_id, user_id, shown_email, shown_first_name, "
				+ "shown_last_name, status, live_user_id, link_generation, invitation_expires_at, invitation_sent_at, "
				+ "invited_by_id, invited_by_name, inviter_user_id, joined_at, ended_at, version, created_at, "
				+ "created_by_id, created_by_name, updated_at, updated_by_id, updated_by_name) FROM STDIN", size,
				(i) -> skip[i] ? null : memberRow(account.id(), tag, i, size, now));
		this.database.copy("COPY account_user_groups (account_user_id, account_id, group_id) FROM STDIN", size,
				(i) -> skip[i] ? null : groupRows(account, tag, i));
		// What an operator loading members in bulk must also do: the counts per status of
		// the account (group '') and of each group (member_status_counts, V21 and V24)
		// count the members Lobby's own changes would have counted.
		this.database.update("DELETE FROM member_count_changes WHERE account_id = ?", account.id());
		this.database.update("DELETE FROM member_status_counts WHERE account_id = ?", account.id());
		this.database.update("INSERT INTO member_status_counts (account_id, group_id, status, members) "
				+ "SELECT account_id, '', status, COUNT(*) FROM account_users WHERE account_id = ? GROUP BY account_id, status",
				account.id());
		this.database.update("INSERT INTO member_status_counts (account_id, group_id, status, members) "
				+ "SELECT aug.account_id, aug.group_id, au.status, COUNT(*) FROM account_user_groups aug "
				+ "JOIN account_users au ON au.id = aug.account_user_id WHERE aug.account_id = ? "
				+ "GROUP BY aug.account_id, aug.group_id, au.status", account.id());
		double copy = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		this.database.update("ANALYZE users");
		this.database.update("ANALYZE account_users");
		this.database.update("ANALYZE account_user_groups");
		double analyze = (System.nanoTime() - started) / 1e9;
		// What autovacuum does next after a bulk load (set the visibility map, so that
		// counts can read indexes alone), done now so that it does not run in the middle
		// of the measurements.
		started = System.nanoTime();
		this.database.update("VACUUM users, account_users, account_user_groups");
		this.database.update("CHECKPOINT");
		double vacuum = (System.nanoTime() - started) / 1e9;
		return new Loaded(account, members, pending, expired, copy, analyze, vacuum);
	}

	private enum Kind {

		ACTIVE("Active"), BLOCKED("Blocked"), DISABLED("Disabled"), PENDING("Invited"), EXPIRED("Invited");

		private final String status;

		Kind(String status) {
			this.status = status;
		}

	}

	private static Kind kind(int i) {
		return switch (i % 20) {
			case 0 -> Kind.DISABLED;
			case 1, 2 -> Kind.PENDING;
			case 3 -> Kind.EXPIRED;
			case 4 -> Kind.BLOCKED;
			default -> Kind.ACTIVE;
		};
	}

	static String userId(int tag, int i) {
		String digits = String.format("%02d%06d", tag, i);
		return "USR-" + digits.substring(0, 4) + "-" + digits.substring(4);
	}

	static String memberId(int tag, int i) {
		String digits = String.format("%02d%010d", tag, i);
		return "AUSR-" + digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8);
	}

	private static String email(int tag, int i) {
		return "m" + i + ".a" + tag + "@bench.example";
	}

	/** Members joined over the past months, newest last: one every ten seconds. */
	private static Instant created(int i, int size, Instant now) {
		return now.minusSeconds(10L * (size - i) + 86_400);
	}

	private static String userRow(int tag, int i, int size, Instant now) {
		Instant created = created(i, size, now);
		Kind kind = kind(i);
		boolean joined = kind == Kind.ACTIVE || kind == Kind.BLOCKED;
		String lastSignIn = joined && i % 3 == 0 ? created.plusSeconds(7200).toString() : "\\N";
		String verified = joined ? created.plusSeconds(3600).toString() : "\\N";
		return String.join("\t", userId(tag, i), email(tag, i), email(tag, i), "First" + (i % 997), "Last" + (i % 1009),
				"\\N", created.toString(), created.toString(), lastSignIn, verified);
	}

	private static String memberRow(String accountId, int tag, int i, int size, Instant now) {
		Instant created = created(i, size, now);
		Kind kind = kind(i);
		boolean joined = kind == Kind.ACTIVE || kind == Kind.BLOCKED;
		String expires = switch (kind) {
			case PENDING -> now.plus(6, ChronoUnit.DAYS).toString();
			case EXPIRED -> now.minus(1, ChronoUnit.DAYS).toString();
			default -> created.plus(7, ChronoUnit.DAYS).toString();
		};
		String sent = switch (kind) {
			case PENDING -> now.minus(1, ChronoUnit.DAYS).toString();
			case EXPIRED -> now.minus(8, ChronoUnit.DAYS).toString();
			default -> created.toString();
		};
		return String.join("\t", memberId(tag, i), accountId, userId(tag, i), email(tag, i), "First" + (i % 997),
				"Last" + (i % 1009), kind.status, kind == Kind.DISABLED ? "\\N" : userId(tag, i), "1", expires, sent,
				LOADER, LOADER_NAME, "\\N", joined ? created.plusSeconds(3600).toString() : "\\N",
				kind == Kind.DISABLED ? created.plusSeconds(7200).toString() : "\\N", "0", created.toString(), LOADER,
				LOADER_NAME, created.toString(), LOADER, LOADER_NAME);
	}

	private static String groupRows(LobbyApi.TestAccount account, int tag, int i) {
		String member = memberId(tag, i);
		String support = member + "\t" + account.id() + "\t" + account.support();
		return i % 50 == 0 ? support + "\n" + member + "\t" + account.id() + "\t" + account.administrators() : support;
	}

}
