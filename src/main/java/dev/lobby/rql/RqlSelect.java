package dev.lobby.rql;

import java.util.List;

/**
 * The optional response fields a caller asked to add ({@code +groups} or {@code groups})
 * or drop ({@code -groups}), always among the schema's {@link RqlSchema#selectable()
 * selectable} fields.
 */
public record RqlSelect(List<String> added, List<String> removed) {

	public static final RqlSelect NONE = new RqlSelect(List.of(), List.of());

	public RqlSelect {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	public boolean adds(String field) {
		return added.contains(field);
	}

	public boolean removes(String field) {
		return removed.contains(field);
	}
}
