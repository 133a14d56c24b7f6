package dev.lobby.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.Jdbc;

/** Stores users; the email key (lower-cased) is unique. */
@Repository
public class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the user unless its id or address is taken (then nothing is written and the
	 * answer is {@code false}).
	 */
	boolean insertIfUnused(User user) {
		return jdbc.sql("""
				INSERT INTO users (id, email, email_key, first_name, last_name, password_hash, created_at, updated_at,
				    email_verified_at)
				VALUES (:id, :email, :key, :first, :last, :hash, :created, :created, :verified)
				ON CONFLICT DO NOTHING""")
			.param("id", user.id())
			.param("email", user.email().value())
			.param("key", user.email().key())
			.param("first", user.firstName())
			.param("last", user.lastName())
			.param("hash", user.passwordHash())
			.param("created", Jdbc.ts(user.createdAt()))
			.param("verified", Jdbc.ts(user.emailVerifiedAt()))
			.update() == 1;
	}

	/**
	 * Sets names and password of a login that has none yet. The condition makes the first
	 * registration win: a concurrent or later one updates nothing and gets {@code false}.
	 */
	boolean register(String id, String firstName, String lastName, String passwordHash, @Nullable Instant verifiedAt,
			Instant now) {
		return jdbc.sql("""
				UPDATE users SET first_name = :first, last_name = :last, password_hash = :hash,
				    email_verified_at = :verified, updated_at = :now
				WHERE id = :id AND password_hash IS NULL""")
			.param("first", firstName)
			.param("last", lastName)
			.param("hash", passwordHash)
			.param("verified", Jdbc.ts(verifiedAt))
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update() == 1;
	}

	void resetPassword(String id, String passwordHash, @Nullable String firstName, @Nullable String lastName,
			Instant now) {
		jdbc.sql("""
				UPDATE users SET password_hash = :hash, first_name = COALESCE(:first, first_name),
				    last_name = COALESCE(:last, last_name), email_verified_at = COALESCE(email_verified_at, :now),
				    updated_at = :now
				WHERE id = :id""")
			.param("hash", passwordHash)
			.param("first", firstName)
			.param("last", lastName)
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	void rename(String id, String firstName, String lastName, Instant now) {
		jdbc.sql("UPDATE users SET first_name = :first, last_name = :last, updated_at = :now WHERE id = :id")
			.param("first", firstName)
			.param("last", lastName)
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	void changePassword(String id, String passwordHash, Instant now) {
		jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
			.param("hash", passwordHash)
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	void markAddressProven(String id, Instant now) {
		jdbc.sql("UPDATE users SET email_verified_at = :now WHERE id = :id AND email_verified_at IS NULL")
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	void recordSignIn(String id, Instant now) {
		jdbc.sql("UPDATE users SET last_sign_in_at = :now WHERE id = :id")
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	void setLanguage(String id, @Nullable String language, Instant now) {
		jdbc.sql("UPDATE users SET language = :language, updated_at = :now WHERE id = :id")
			.param("language", language)
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	Optional<String> setting(String id, String name) {
		return jdbc.sql("SELECT setting_value FROM user_settings WHERE user_id = :id AND name = :name")
			.param("id", id)
			.param("name", name)
			.query(String.class)
			.optional();
	}

	/** Replaces the setting (or forgets it, for null) in the caller's transaction. */
	void saveSetting(String id, String name, @Nullable String value, Instant now) {
		jdbc.sql("DELETE FROM user_settings WHERE user_id = :id AND name = :name")
			.param("id", id)
			.param("name", name)
			.update();
		if (value != null) {
			jdbc.sql("""
					INSERT INTO user_settings (user_id, name, setting_value, updated_at)
					VALUES (:id, :name, :value, :now)""")
				.param("id", id)
				.param("name", name)
				.param("value", value)
				.param("now", Jdbc.ts(now))
				.update();
		}
	}

	void setTimeZone(String id, @Nullable String zone, Instant now) {
		jdbc.sql("UPDATE users SET time_zone = :zone, updated_at = :now WHERE id = :id")
			.param("zone", zone)
			.param("now", Jdbc.ts(now))
			.param("id", id)
			.update();
	}

	public Optional<User> find(String id) {
		return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(Users::row).optional();
	}

	public Optional<User> findByEmail(EmailAddress email) {
		return jdbc.sql("SELECT * FROM users WHERE email_key = :key")
			.param("key", email.key())
			.query(Users::row)
			.optional();
	}

	private static User row(ResultSet rs, int row) throws SQLException {
		return new User(rs.getString("id"), EmailAddress.stored(rs.getString("email")), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("password_hash"), Jdbc.instant(rs, "created_at"),
				Jdbc.instantOrNull(rs, "last_sign_in_at"), Jdbc.instantOrNull(rs, "email_verified_at"),
				rs.getString("language"), rs.getString("time_zone"));
	}

}
