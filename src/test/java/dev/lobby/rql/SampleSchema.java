package dev.lobby.rql;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A catalogue shaped like the account-user list: plain columns, a sub-query field and a
 * derived status.
 */
final class SampleSchema {

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
	static final String GROUPS_SUBQUERY = "SELECT 1 FROM account_user_groups g WHERE g.account_user_id = au.id";
	static final String EXPIRED_SQL = "(au.status = 'Invited' AND au.invitation_expires_at <= ?)";

	/** Every piece of SQL text the schema (not the request) contributes. */
	static final List<String> SCHEMA_SQL = List.of(EXPIRED_SQL, GROUPS_SUBQUERY, "g.group_id", "au.id", "au.status",
			"u.email", "u.first_name", "au.created_at", "au.joined_at", "au.logins", "au.admin");

	static final RqlSchema SCHEMA = RqlSchema.builder("au.id")
		.add(RqlField.string("id", "au.id").asSortable())
		.add(RqlField
			.enumeration("status", "au.status",
					Set.of("Invited", "Active", "Blocked", "Disabled", "Declined", "InvitationExpired"))
			.translatedBy(SampleSchema::status))
		.add(RqlField.string("user.email", "u.email").asSortable())
		.add(RqlField.string("user.firstName", "u.first_name").asSortable())
		.add(RqlField.string("groups.id", null).translatedBy(RqlFieldTranslator.exists(GROUPS_SUBQUERY, "g.group_id")))
		.add(RqlField.instant("audit.created.at", "au.created_at").asSortable())
		.add(RqlField.instant("joinedAt", "au.joined_at").asSortable())
		.add(RqlField.number("logins", "au.logins").asSortable())
		.add(RqlField.bool("admin", "au.admin"))
		.selectable("groups", "modules", "audit", "invitation")
		.build();

	private SampleSchema() {
	}

	/** InvitationExpired is not stored: it is an invitation whose link ran out. */
	private static SqlFragment status(RqlCondition condition) {
		List<Object> stored = new ArrayList<>(condition.values());
		boolean expired = stored.removeIf(v -> Objects.equals(v, "InvitationExpired"));
		List<SqlFragment> any = new ArrayList<>();
		if (!stored.isEmpty()) {
			any.add(condition.positive().withValues(stored).onColumn("au.status"));
		}
		if (expired) {
			any.add(SqlFragment.of(EXPIRED_SQL, NOW));
		}
		SqlFragment positive = any.size() == 1 ? any.get(0) : SqlFragment.join(" OR ", any).wrap("(", ")");
		return condition.operator().isNegative() ? positive.wrap("(", ") IS NOT TRUE") : positive;
	}

}
