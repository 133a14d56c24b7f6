package dev.lobby.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Time zones as people and browsers name them: the one check of a zone id that the
 * profile's choice, the stored choice and the browser's cookie all go through.
 */
public final class TimeZones {

	/** Longer than any zone id the JDK knows; longer text is refused unread. */
	private static final int MAX_ID_LENGTH = 40;

	private TimeZones() {
	}

	/** A zone by its id (e.g. Europe/Berlin), if the JDK knows it; empty otherwise. */
	public static Optional<ZoneId> named(@Nullable String id) {
		if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException unknown) {
			return Optional.empty();
		}
	}

}
