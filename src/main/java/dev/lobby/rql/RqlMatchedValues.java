package dev.lobby.rql;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which values of one enumeration field a filter lets through, worked out from the filter
 * alone, as sets of the field's allowed values: {@code eq} and {@code in} keep the values
 * they name, {@code ne} and {@code out} the others; {@code and}, {@code or} and
 * {@code not} intersect, unite and complement. Exact for every row whose field holds a
 * value, since each comparison is then plainly true or false (so a custom translator of
 * the field must keep the operators' meaning); a row where the field is null is not
 * described ({@code ne} and {@code out} match it).
 */
final class RqlMatchedValues {

	private RqlMatchedValues() {
	}

	/**
	 * @return empty unless the filter has a condition and every condition is an
	 * {@code eq}, {@code ne}, {@code in} or {@code out} on this enumeration field
	 */
	static Optional<Set<String>> of(RqlFilter filter, RqlField field) {
		if (field.type() != RqlType.ENUM || (filter instanceof RqlFilter.All all && all.terms().isEmpty())) {
			return Optional.empty();
		}
		return Optional.ofNullable(matched(filter, field)).map(Set::copyOf);
	}

	/** The values matched, or null when the filter compares anything else. */
	private static @Nullable Set<String> matched(RqlFilter filter, RqlField field) {
		if (filter instanceof RqlFilter.All all) {
			return combined(all.terms(), field, true);
		}
		if (filter instanceof RqlFilter.Any any) {
			return combined(any.terms(), field, false);
		}
		if (filter instanceof RqlFilter.Not not) {
			Set<String> term = matched(not.term(), field);
			return term == null ? null : others(term, field);
		}
		RqlCondition condition = (RqlCondition) filter;
		RqlOperator positive = condition.operator().positive();
		if (!condition.field().path().equals(field.path())
				|| (positive != RqlOperator.EQ && positive != RqlOperator.IN)) {
			return null;
		}
		// null() names no value: eq(field,null()) matches none of them, ne(field,null())
		// all.
		Set<String> named = new HashSet<>();
		condition.values().stream().filter(Objects::nonNull).forEach(value -> named.add((String) value));
		return condition.operator().isNegative() ? others(named, field) : named;
	}

	private static @Nullable Set<String> combined(List<RqlFilter> terms, RqlField field, boolean every) {
		Set<String> result = every ? new HashSet<>(field.allowedValues()) : new HashSet<>();
		for (RqlFilter term : terms) {
			Set<String> matched = matched(term, field);
			if (matched == null) {
				return null;
			}
			if (every) {
				result.retainAll(matched);
			}
			else {
				result.addAll(matched);
			}
		}
		return result;
	}

	private static Set<String> others(Set<String> values, RqlField field) {
		Set<String> others = new HashSet<>(field.allowedValues());
		others.removeAll(values);
		return others;
	}

}
