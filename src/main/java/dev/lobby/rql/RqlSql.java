package dev.lobby.rql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a checked filter into SQL. The SQL text is built only from schema expressions,
 * fixed operators and {@code ?}; every value from the request is a parameter.
 *
 * <p>
 * NULL semantics, chosen so that negations mean what a person expects: {@code ne(x,v)}
 * and {@code out(x,...)} also match rows where x is null, and {@code not(t)} matches
 * every row where t is not true (so {@code not(eq(x,v))} equals {@code ne(x,v)}).
 * gt/ge/lt/le/ilike never match null. In ORDER BY, nulls sort last in both directions.
 */
public final class RqlSql {

	private RqlSql() {
	}

	public static SqlFragment where(RqlFilter filter) {
		if (filter instanceof RqlFilter.All all) {
			return all.terms().isEmpty() ? SqlFragment.of("TRUE") : joined(" AND ", all.terms());
		}
		if (filter instanceof RqlFilter.Any any) {
			return joined(" OR ", any.terms());
		}
		if (filter instanceof RqlFilter.Not not) {
			// IS NOT TRUE rather than NOT: NOT of an unknown (null) comparison would drop
			// the row.
			return where(not.term()).wrap("((", ") IS NOT TRUE)");
		}
		return condition((RqlCondition) filter);
	}

	private static SqlFragment joined(String separator, List<RqlFilter> terms) {
		if (terms.size() == 1) {
			return where(terms.get(0));
		}
		List<SqlFragment> parts = new ArrayList<>();
		for (RqlFilter term : terms) {
			parts.add(where(term));
		}
		return SqlFragment.join(separator, parts).wrap("(", ")");
	}

	private static SqlFragment condition(RqlCondition condition) {
		RqlField field = condition.field();
		RqlFieldTranslator translator = field.translator();
		if (translator != null) {
			// Parenthesised so that a custom "a OR b" cannot bind to a neighbouring AND.
			return translator.translate(condition).wrap("(", ")");
		}
		return comparison(Objects.requireNonNull(field.sql()), condition);
	}

	static SqlFragment comparison(String expr, RqlCondition condition) {
		Object value = condition.value();
		return switch (condition.operator()) {
			case EQ -> value == null ? SqlFragment.of(expr + " IS NULL") : SqlFragment.of(expr + " = ?", value);
			case NE -> value == null ? SqlFragment.of(expr + " IS NOT NULL")
					: SqlFragment.of("(" + expr + " <> ? OR " + expr + " IS NULL)", value);
			case GT -> SqlFragment.of(expr + " > ?", value);
			case GE -> SqlFragment.of(expr + " >= ?", value);
			case LT -> SqlFragment.of(expr + " < ?", value);
			case LE -> SqlFragment.of(expr + " <= ?", value);
			// ILIKE on the expression itself (not LOWER(x) LIKE LOWER(?)), so that a
			// trigram index of the plain column serves it on PostgreSQL.
			case ILIKE -> SqlFragment.of(expr + " ILIKE ? ESCAPE '\\'", likePattern(text(condition)));
			case IN -> new SqlFragment(expr + " IN (" + placeholders(condition) + ")", condition.values());
			case OUT ->
				new SqlFragment("(" + expr + " NOT IN (" + placeholders(condition) + ") OR " + expr + " IS NULL)",
						condition.values());
			case AND, OR, NOT -> throw new IllegalStateException("not a comparison: " + condition.operator());
		};
	}

	/** The parser gives ilike one text value; anything else is a bug in the parser. */
	private static String text(RqlCondition condition) {
		if (!(condition.value() instanceof String text)) {
			throw new IllegalStateException(
					condition.operator() + " on " + condition.field().path() + " needs a text value");
		}
		return text;
	}

	private static String placeholders(RqlCondition condition) {
		return String.join(", ", Collections.nCopies(condition.values().size(), "?"));
	}

	/**
	 * {@code *} is the only wildcard; the LIKE wildcards and the escape character are
	 * literal.
	 */
	static String likePattern(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\', '%', '_' -> out.append('\\').append(c);
				case '*' -> out.append('%');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	public static SqlFragment orderBy(List<RqlOrder> order, String tiebreakerSql) {
		List<String> keys = new ArrayList<>();
		boolean tiebreakerSeen = false;
		for (RqlOrder item : order) {
			String sql = item.field().sql();
			tiebreakerSeen |= tiebreakerSql.equals(sql);
			keys.add(sql + (item.descending() ? " DESC" : " ASC") + " NULLS LAST");
		}
		if (!tiebreakerSeen) {
			keys.add(tiebreakerSql + " ASC");
		}
		return SqlFragment.of(String.join(", ", keys));
	}

	/**
	 * An ORDER BY that one B-tree index on (sort key, tiebreaker) can serve in either
	 * direction: the tiebreaker runs in the direction of the first key, and columns that
	 * are never null get no NULLS clause (PostgreSQL will not read a plain DESC index for
	 * {@code DESC NULLS LAST}). Nullable columns still sort their nulls last.
	 */
	public static SqlFragment indexedOrderBy(List<RqlOrder> order, String tiebreakerSql, Set<String> notNullSql) {
		List<String> keys = new ArrayList<>();
		boolean tiebreakerSeen = false;
		for (RqlOrder item : order) {
			String sql = item.field().sql();
			tiebreakerSeen |= tiebreakerSql.equals(sql);
			keys.add(sql + (item.descending() ? " DESC" : " ASC") + (notNullSql.contains(sql) ? "" : " NULLS LAST"));
		}
		if (!tiebreakerSeen) {
			boolean descending = !order.isEmpty() && order.get(0).descending();
			keys.add(tiebreakerSql + (descending ? " DESC" : " ASC"));
		}
		return SqlFragment.of(String.join(", ", keys));
	}

	/**
	 * Whether any condition of the filter is on the field with this path, at any depth.
	 */
	public static boolean mentions(RqlFilter filter, String path) {
		if (filter instanceof RqlFilter.All all) {
			return all.terms().stream().anyMatch(term -> mentions(term, path));
		}
		if (filter instanceof RqlFilter.Any any) {
			return any.terms().stream().anyMatch(term -> mentions(term, path));
		}
		if (filter instanceof RqlFilter.Not not) {
			return mentions(not.term(), path);
		}
		return ((RqlCondition) filter).field().path().equals(path);
	}

}
