package dev.lobby.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

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

	boolean idTaken(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM users WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	void insert(User user) {
		jdbc.sql("""
				INSERT INTO users (id, email, email_key, first_name, last_name, password_hash, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(user.id(), user.email().value(), user.email().key(), user.firstName(), user.lastName(),
					user.passwordHash(), Jdbc.ts(user.createdAt()), Jdbc.ts(user.createdAt()))
			.update();
	}

	void register(String id, String firstName, String lastName, String passwordHash, Instant now) {
		jdbc.sql("UPDATE users SET first_name = ?, last_name = ?, password_hash = ?, updated_at = ? WHERE id = ?")
			.params(firstName, lastName, passwordHash, Jdbc.ts(now), id).update();
	}

	public Optional<User> find(String id) {
		return jdbc.sql("SELECT * FROM users WHERE id = ?").param(id).query(Users::row).optional();
	}

	public Optional<User> findByEmail(EmailAddress email) {
		return jdbc.sql("SELECT * FROM users WHERE email_key = ?").param(email.key()).query(Users::row).optional();
	}

	private static User row(ResultSet rs, int row) throws SQLException {
		return new User(rs.getString("id"), EmailAddress.stored(rs.getString("email")), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("password_hash"), Jdbc.instant(rs, "created_at"),
				Jdbc.instant(rs, "last_sign_in_at"));
	}
}
