package dev.lobby.membership;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.user.UserRenamed;

/**
 * Keeps the names a membership row shows ({@link ShownPerson}) in step with the person's
 * own once they joined: copied when they join, renewed when they rename themselves, in
 * the transaction of that change. A membership not joined is never written here: it keeps
 * the account's spelling, whatever the login is called. Neither changes the membership's
 * version or its audit stamp: the account changed nothing.
 */
@Component
class ShownNames {

	private final JdbcClient jdbc;

	ShownNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The membership just joined: from now on it shows the person's own address spelling
	 * and names. They are read under a lock of the user's row, so a rename cannot slip
	 * between: one committed before is read here, one not yet committed waits for this
	 * transaction and then finds the membership joined ({@link #on(UserRenamed)}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void showOwn(String accountUserId, String userId) {
		Own own = jdbc.sql("SELECT email, first_name, last_name FROM users WHERE id = :id FOR UPDATE")
			.param("id", userId)
			.query((rs, row) -> new Own(rs.getString("email"), rs.getString("first_name"), rs.getString("last_name")))
			.single();
		jdbc.sql("""
				UPDATE account_users SET shown_email = :email, shown_first_name = :first, shown_last_name = :last
				WHERE id = :id AND joined_at IS NOT NULL""")
			.param("email", own.email())
			.param("first", own.firstName())
			.param("last", own.lastName())
			.param("id", accountUserId)
			.update();
	}

	private record Own(String email, String firstName, String lastName) {
	}

	/** Every membership the person joined shows their new names. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UserRenamed renamed) {
		jdbc.sql("""
				UPDATE account_users SET shown_first_name = :first, shown_last_name = :last
				WHERE user_id = :user AND joined_at IS NOT NULL""")
			.param("first", renamed.firstName())
			.param("last", renamed.lastName())
			.param("user", renamed.userId().value())
			.update();
	}

}
