package dev.lobby.rql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of fields one endpoint lets callers filter and sort on, plus the
 * tiebreaker expression (usually the primary key) appended to every ORDER BY so that
 * paging is stable. Build once per endpoint and share; it is immutable.
 */
public final class RqlSchema {

	static final Set<String> RESERVED = Set.of("order", "limit", "offset", "select");

	private final Map<String, RqlField> fields;

	private final String tiebreakerSql;

	private final String knownFields;

	private final List<String> selectable;

	private final Set<String> parameters;

	private RqlSchema(Map<String, RqlField> fields, String tiebreakerSql, List<String> selectable,
			Set<String> parameters) {
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		this.tiebreakerSql = tiebreakerSql;
		this.knownFields = String.join(", ", fields.keySet());
		this.selectable = List.copyOf(selectable);
		this.parameters = Set.copyOf(parameters);
	}

	public static Builder builder(String tiebreakerSql) {
		return new Builder(tiebreakerSql);
	}

	public Optional<RqlField> field(String path) {
		return Optional.ofNullable(fields.get(path));
	}

	public String tiebreakerSql() {
		return tiebreakerSql;
	}

	/** The field paths in the order they were added, for error messages. */
	public String knownFields() {
		return knownFields;
	}

	public String sortableFields() {
		return String.join(", ", fields.values().stream().filter(RqlField::sortable).map(RqlField::path).toList());
	}

	/**
	 * The optional response fields {@code select} may add or drop; none means the list
	 * refuses {@code select}.
	 */
	public List<String> selectable() {
		return selectable;
	}

	/**
	 * Whether {@code name=…} is a plain parameter the endpoint reads itself, not an RQL
	 * filter.
	 */
	boolean isParameter(String name) {
		return parameters.contains(name);
	}

	/** Parses a raw query string against this schema; see {@link RqlQuery#parse}. */
	public RqlQuery parse(String rawQueryString) {
		return RqlQuery.parse(rawQueryString, this);
	}

	public static final class Builder {

		private final Map<String, RqlField> fields = new LinkedHashMap<>();

		private final String tiebreakerSql;

		private final List<String> selectable = new ArrayList<>();

		private final Set<String> parameters = new LinkedHashSet<>();

		private Builder(String tiebreakerSql) {
			this.tiebreakerSql = tiebreakerSql;
		}

		public Builder add(RqlField field) {
			if (RESERVED.contains(field.path())) {
				throw new IllegalArgumentException(field.path() + " is a reserved RQL parameter");
			}
			// Checked here, not in RqlField, so that a field may be declared first and
			// given a translator after.
			if (field.sql() == null && field.translator() == null) {
				throw new IllegalArgumentException(field.path() + " needs an SQL expression or a translator");
			}
			if (parameters.contains(field.path()) || fields.putIfAbsent(field.path(), field) != null) {
				throw new IllegalArgumentException(field.path() + " is defined twice");
			}
			return this;
		}

		/**
		 * The optional response fields of the list, which {@code select=-name} drops and
		 * {@code +name} keeps. A list that declares none refuses {@code select} rather
		 * than ignoring it.
		 */
		public Builder selectable(String... names) {
			selectable.addAll(List.of(names));
			return this;
		}

		/**
		 * A plain query parameter the endpoint binds itself (e.g. {@code account} on the
		 * token list); RQL leaves {@code name=…} alone instead of reading it as a filter
		 * on an unknown field.
		 */
		public Builder parameter(String name) {
			if (RESERVED.contains(name) || fields.containsKey(name) || !parameters.add(name)) {
				throw new IllegalArgumentException(name + " is already an RQL parameter or field");
			}
			return this;
		}

		public RqlSchema build() {
			return new RqlSchema(fields, tiebreakerSql, selectable, parameters);
		}

	}

}
