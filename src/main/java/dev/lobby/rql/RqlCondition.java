package dev.lobby.rql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One comparison on one field, with values already converted to the field's Java type:
 * {@link String} (STRING, ENUM), {@link java.time.OffsetDateTime} at UTC (INSTANT),
 * {@link Long} (LONG), {@link Boolean} (BOOLEAN). A {@code null} value stands for
 * {@code null()}; it only occurs as the single value of eq or ne.
 */
public record RqlCondition(RqlField field, RqlOperator operator, List<@Nullable Object> values) implements RqlFilter {

	public RqlCondition {
		if (operator.isLogical()) {
			throw new IllegalArgumentException(operator + " is not a comparison");
		}
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}

	/** The first (for all but in/out, the only) value. */
	public @Nullable Object value() {
		return values.get(0);
	}

	/** The same values with ne turned into eq and out into in. */
	public RqlCondition positive() {
		return new RqlCondition(field, operator.positive(), values);
	}

	/** The same operator on other values, e.g. to split off a derived enum value. */
	public RqlCondition withValues(List<@Nullable Object> otherValues) {
		return new RqlCondition(field, operator, otherValues);
	}

	/** The standard translation of this condition applied to a trusted SQL expression. */
	public SqlFragment onColumn(String sqlExpression) {
		return RqlSql.comparison(sqlExpression, this);
	}
}
