package dev.lobby.rql;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One filterable field: the JSON path a caller writes (e.g. {@code user.email}), the
 * trusted SQL expression a developer wrote for it, its type and, optionally, a custom
 * translator.
 *
 * @param allowedValues for {@link RqlType#ENUM}, the only accepted values
 * (case-sensitive)
 * @param sortable whether {@code order=} may name it; needs {@link #sql()}
 */
public record RqlField(String path, @Nullable String sql, RqlType type, Set<String> allowedValues, boolean sortable,
		@Nullable RqlFieldTranslator translator) {

	public RqlField {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(type, "type");
		allowedValues = Set.copyOf(allowedValues);
		if (sortable && sql == null) {
			throw new IllegalArgumentException(path + " cannot be sortable without an SQL expression");
		}
		if (type == RqlType.ENUM && allowedValues.isEmpty()) {
			throw new IllegalArgumentException(path + " is an ENUM without allowed values");
		}
	}

	public static RqlField string(String path, @Nullable String sql) {
		return new RqlField(path, sql, RqlType.STRING, Set.of(), false, null);
	}

	public static RqlField instant(String path, @Nullable String sql) {
		return new RqlField(path, sql, RqlType.INSTANT, Set.of(), false, null);
	}

	public static RqlField number(String path, @Nullable String sql) {
		return new RqlField(path, sql, RqlType.LONG, Set.of(), false, null);
	}

	public static RqlField bool(String path, @Nullable String sql) {
		return new RqlField(path, sql, RqlType.BOOLEAN, Set.of(), false, null);
	}

	public static RqlField enumeration(String path, @Nullable String sql, Set<String> allowedValues) {
		return new RqlField(path, sql, RqlType.ENUM, allowedValues, false, null);
	}

	public RqlField asSortable() {
		return new RqlField(path, sql, type, allowedValues, true, translator);
	}

	public RqlField translatedBy(RqlFieldTranslator custom) {
		return new RqlField(path, sql, type, allowedValues, sortable, custom);
	}
}
