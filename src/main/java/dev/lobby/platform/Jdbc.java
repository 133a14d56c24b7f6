package dev.lobby.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conversions between {@link Instant} and {@code TIMESTAMP WITH TIME ZONE} that behave
 * alike on H2 and PostgreSQL.
 */
public final class Jdbc {

	private static final Pattern TABLE = Pattern.compile("[a-z_]+");

	private Jdbc() {
	}

	/**
	 * Whether {@code table} already has a row with this id, for
	 * {@link RandomIds#drawUnused}. {@code table} is a constant of the calling
	 * repository, never input: it goes into the SQL as written.
	 */
	public static boolean idTaken(JdbcClient jdbc, String table, String id) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	public static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** The instant of a {@code NOT NULL} column: a null there is a broken row. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = instantOrNull(rs, column);
		if (value == null) {
			throw new IllegalStateException("Column " + column + " is null");
		}
		return value;
	}

	/** The instant of a column that may be null. */
	public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
		return new Stamp(instant(rs, prefix + "_at"), rs.getString(prefix + "_by_id"),
				rs.getString(prefix + "_by_name"));
	}

}
