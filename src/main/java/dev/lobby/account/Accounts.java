package dev.lobby.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;
import dev.lobby.platform.PageRequest;

/** Stores accounts. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean idTaken(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	void insert(Account account) {
		jdbc.sql("INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(account.id(), account.name(), account.type().name(), account.locale().toLanguageTag(),
					Jdbc.ts(account.created().at()), account.created().byId(), account.created().byName())
			.update();
	}

	public Optional<Account> find(String id) {
		return jdbc.sql("SELECT * FROM accounts WHERE id = ?").param(id).query(Accounts::row).optional();
	}

	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single() == 0;
	}

	long count(boolean all, String accountId) {
		return all ? jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single()
				: jdbc.sql("SELECT COUNT(*) FROM accounts WHERE id = ?").param(accountId).query(Long.class).single();
	}

	List<Account> page(boolean all, String accountId, PageRequest page) {
		String where = all ? "" : " WHERE id = :account";
		var spec = jdbc.sql("SELECT * FROM accounts" + where + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
			.param("limit", page.limit()).param("offset", page.offset());
		return (all ? spec : spec.param("account", accountId)).query(Accounts::row).list();
	}

	private static Account row(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getString("id"), rs.getString("name"), AccountType.valueOf(rs.getString("type")),
				Locale.forLanguageTag(rs.getString("locale")), Jdbc.stamp(rs, "created"));
	}
}
