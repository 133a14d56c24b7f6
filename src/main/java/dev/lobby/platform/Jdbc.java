package dev.lobby.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/** Conversions between {@link Instant} and {@code TIMESTAMP WITH TIME ZONE} that behave alike on H2 and PostgreSQL. */
public final class Jdbc {

	private Jdbc() {
	}

	public static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
		return new Stamp(instant(rs, prefix + "_at"), rs.getString(prefix + "_by_id"), rs.getString(prefix + "_by_name"));
	}
}
