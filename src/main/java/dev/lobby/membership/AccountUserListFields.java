package dev.lobby.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lobby.platform.Jdbc;
import dev.lobby.rql.RqlCondition;
import dev.lobby.rql.RqlField;
import dev.lobby.rql.RqlFieldTranslator;
import dev.lobby.rql.RqlOrder;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.RqlSchema;
import dev.lobby.rql.SqlFragment;

/**
 * What callers of the member list may filter and sort on (RQL), as the JSON paths of an
 * account user, over {@code account_users au JOIN users u}: all but {@code lastSignInAt}
 * read the membership row alone, so its indexes serve them. Unlike the other lists'
 * fields a bean: {@code status} reads the clock when a query runs (expired is not
 * stored).
 */
@Component
class AccountUserListFields {

	/**
	 * The shown address, lower-cased: the key that makes a login's address unique, for
	 * the spelling the account typed as for the person's own (addresses are ASCII, so
	 * SQL's LOWER agrees with {@code EmailAddress.key()}). Indexed as this expression.
	 */
	static final String EMAIL_KEY = "LOWER(" + ShownPerson.EMAIL + ")";

	/**
	 * Sortable expressions that are never null, so their ORDER BY can be read straight
	 * off an index.
	 */
	static final Set<String> NOT_NULL = Set.of("au.id", "au.status", "au.user_id", EMAIL_KEY, ShownPerson.FIRST_NAME,
			ShownPerson.LAST_NAME, "au.created_at", "au.updated_at");

	private static final String GROUPS = "SELECT 1 FROM account_user_groups aug WHERE aug.account_user_id = au.id";

	private static final String GROUP_NAMES = "SELECT 1 FROM account_user_groups aug JOIN user_groups ug ON ug.id = aug.group_id"
			+ " WHERE aug.account_user_id = au.id";

	private static final String MODULES = "SELECT 1 FROM account_user_groups aug JOIN user_group_modules ugm"
			+ " ON ugm.group_id = aug.group_id WHERE aug.account_user_id = au.id";

	private static final Set<String> STATUSES = Arrays.stream(Status.values())
		.map(Status::name)
		.collect(Collectors.toUnmodifiableSet());

	private final Clock clock;

	private final RqlSchema schema;

	private final List<RqlOrder> defaultOrder;

	AccountUserListFields(Clock clock) {
		this.clock = clock;
		this.schema = RqlSchema.builder("au.id")
			.add(RqlField.string("id", "au.id").asSortable())
			.add(RqlField.enumeration("status", "au.status", STATUSES).translatedBy(this::status).asSortable())
			.add(RqlField.string("user.id", "au.user_id").asSortable())
			.add(RqlField.string("user.email", EMAIL_KEY).translatedBy(AccountUserListFields::email).asSortable())
			// The names as this account sees them (its own spelling until the person
			// joins): see ShownPerson.
			.add(RqlField.string("user.firstName", ShownPerson.FIRST_NAME).asSortable())
			.add(RqlField.string("user.lastName", ShownPerson.LAST_NAME).asSortable())
			// Shown only while the invitation awaits an answer
			// (MemberDetails.invitationExpiresAt),
			// so only then can it match: stored Invited, expired or not.
			.add(RqlField
				.instant("invitation.expiresAt", "CASE WHEN au.status = 'Invited' THEN au.invitation_expires_at END")
				.asSortable())
			.add(RqlField.instant("joinedAt", "au.joined_at").asSortable())
			.add(RqlField.instant("lastSignInAt", ShownPerson.LAST_SIGN_IN_AT).asSortable())
			.add(RqlField.instant("audit.created.at", "au.created_at").asSortable())
			.add(RqlField.instant("audit.updated.at", "au.updated_at").asSortable())
			.add(RqlField.string("groups.id", null).translatedBy(RqlFieldTranslator.exists(GROUPS, "aug.group_id")))
			.add(RqlField.string("groups.name", null).translatedBy(RqlFieldTranslator.exists(GROUP_NAMES, "ug.name")))
			.add(RqlField.string("modules.id", null).translatedBy(RqlFieldTranslator.exists(MODULES, "ugm.module_id")))
			.selectable("groups", "modules", "audit", "invitation")
			.build();
		this.defaultOrder = List.of(new RqlOrder(schema.field("audit.created.at").orElseThrow(), true));
	}

	RqlQuery parse(String rawQueryString) {
		return schema.parse(rawQueryString);
	}

	/** Newest first, the tiebreaker (id) running the same way. */
	SqlFragment orderBy(RqlQuery query) {
		return query.indexedOrderBy(defaultOrder, NOT_NULL);
	}

	/**
	 * The statuses of exactly the members a query's filter matches, when it compares the
	 * status alone: e.g. {@code eq(status,Blocked)}, {@code ne(status,Active)},
	 * {@code eq(status,InvitationExpired)}, {@code in(status,Active,Invited)}. Invited
	 * there means pending, as in the filter. Empty for any other filter, and for none.
	 */
	Optional<Set<Status>> statuses(RqlQuery query) {
		return query.matchedValues("status")
			.map(values -> values.stream()
				.map(Status::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class))));
	}

	/**
	 * InvitationExpired is not stored: it is Invited at or after the expiry, measured
	 * now. So Invited means "stored Invited and not yet expired", and both read the clock
	 * at the time of the query.
	 */
	private SqlFragment status(RqlCondition condition) {
		Object now = Jdbc.ts(Instant.now(clock));
		List<SqlFragment> any = new ArrayList<>();
		List<Object> stored = new ArrayList<>();
		for (Object value : condition.values()) {
			if ("Invited".equals(value)) {
				any.add(SqlFragment.of("(au.status = 'Invited' AND au.invitation_expires_at > ?)", now));
			}
			else if ("InvitationExpired".equals(value)) {
				any.add(SqlFragment.of("(au.status = 'Invited' AND au.invitation_expires_at <= ?)", now));
			}
			else if (value != null) {
				stored.add(value);
			}
		}
		if (!stored.isEmpty()) {
			any.add(storedIn(stored));
		}
		// A status is never null, so eq(status,null()) matches nothing and
		// ne(status,null()) everything.
		SqlFragment positive = any.isEmpty() ? SqlFragment.of("FALSE")
				: any.size() == 1 ? any.get(0) : SqlFragment.join(" OR ", any).wrap("(", ")");
		return condition.operator().isNegative() ? positive.wrap("(", ") IS NOT TRUE") : positive;
	}

	/**
	 * {@code au.status IN ('Active', 'Blocked')}: the names of statuses written out, not
	 * bound, so that PostgreSQL keeps a plan per set of statuses (the one for a rare
	 * status reads the status index, the one for a common status the list's order) and a
	 * page filtered on stored statuses alone is not planned again on every call
	 * ({@link RqlQuery#page()}). Each value is a {@link Status}'s own name, never the
	 * caller's text.
	 */
	private static SqlFragment storedIn(List<Object> stored) {
		String names = stored.stream()
			.map(value -> "'" + Status.valueOf((String) value).name() + "'")
			.distinct()
			.collect(Collectors.joining(", "));
		return SqlFragment.of(stored.size() == 1 ? "au.status = " + names : "au.status IN (" + names + ")");
	}

	/** Emails compare case-insensitively, on the lower-cased key. */
	private static SqlFragment email(RqlCondition condition) {
		List<Object> lowered = new ArrayList<>();
		condition.values().forEach(v -> lowered.add(v == null ? null : ((String) v).toLowerCase(Locale.ROOT)));
		return condition.withValues(lowered).onColumn(EMAIL_KEY);
	}

}
