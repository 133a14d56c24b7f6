package dev.lobby.user;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.TimeZones;

/**
 * A person with one login across all accounts. A user invited but not yet registered has
 * no password; {@code emailVerifiedAt} is when the person proved they read the address's
 * mail (null: not proven, e.g. registered through a link an administrator could read).
 */
public record User(String id, EmailAddress email, String firstName, String lastName, @Nullable String passwordHash,
		Instant createdAt, @Nullable Instant lastSignInAt, @Nullable Instant emailVerifiedAt, @Nullable String language,
		@Nullable String timeZone) {

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public String fullName() {
		return firstName + " " + lastName;
	}

	/**
	 * The language the person chose for Lobby's pages, if any (else pages follow the
	 * browser's).
	 */
	public Optional<Locale> pageLanguage() {
		return Optional.ofNullable(language).map(Locale::forLanguageTag);
	}

	/**
	 * The time zone the person chose for the dates of Lobby's pages, if any; a stored
	 * zone the JDK no longer knows counts as none.
	 */
	public Optional<ZoneId> pageTimeZone() {
		return TimeZones.named(timeZone);
	}

}
