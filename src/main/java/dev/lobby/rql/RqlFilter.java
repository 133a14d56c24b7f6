package dev.lobby.rql;

import java.util.List;

/**
 * The parsed, schema-checked filter of a query: a tree of conditions joined by and, or,
 * not.
 */
public sealed interface RqlFilter permits RqlCondition, RqlFilter.All, RqlFilter.Any, RqlFilter.Not {

	/** Every term must hold; no terms means "no filter". */
	record All(List<RqlFilter> terms) implements RqlFilter {
		public All {
			terms = List.copyOf(terms);
		}
	}

	/** At least one term must hold. */
	record Any(List<RqlFilter> terms) implements RqlFilter {
		public Any {
			terms = List.copyOf(terms);
		}
	}

	record Not(RqlFilter term) implements RqlFilter {
	}

}
