package dev.lobby.rql;

/**
 * Turns one validated condition on a field into SQL, for fields that are not a plain
 * column (a sub-query, a derived status). The values in the condition are already typed
 * and checked; the fragment must bind them as parameters, never paste them into the SQL
 * text.
 */
@FunctionalInterface
public interface RqlFieldTranslator {

	SqlFragment translate(RqlCondition condition);

	/**
	 * A field that matches when a correlated sub-query finds a row, e.g. group
	 * membership:
	 * {@code exists("SELECT 1 FROM account_user_groups g WHERE g.account_user_id = au.id", "g.group_id")}.
	 * ne/out mean "has none of these"; eq(field,null()) means "has none at all".
	 */
	static RqlFieldTranslator exists(String subQuery, String column) {
		return condition -> {
			if (condition.values().size() == 1 && condition.value() == null) {
				String prefix = condition.operator() == RqlOperator.EQ ? "NOT EXISTS (" : "EXISTS (";
				return SqlFragment.of(prefix + subQuery + ")");
			}
			String prefix = condition.operator().isNegative() ? "NOT EXISTS (" : "EXISTS (";
			return condition.positive().onColumn(column).wrap(prefix + subQuery + " AND ", ")");
		};
	}

}
