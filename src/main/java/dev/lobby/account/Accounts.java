package dev.lobby.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.lobby.platform.Jdbc;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.SqlFragment;

/** Stores accounts. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean idTaken(String id) {
		return Jdbc.idTaken(jdbc, "accounts", id);
	}

	void insert(Account account) {
		jdbc.sql("""
				INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name)
				VALUES (:id, :name, :type, :locale, :createdAt, :createdById, :createdByName)""")
			.param("id", account.id())
			.param("name", account.name())
			.param("type", account.type().name())
			.param("locale", account.locale().toLanguageTag())
			.param("createdAt", Jdbc.ts(account.created().at()))
			.param("createdById", account.created().byId())
			.param("createdByName", account.created().byName())
			.update();
	}

	void updateInvitationEmailsPerHour(String id, @Nullable Integer perHour) {
		forget(id);
		jdbc.sql("UPDATE accounts SET invitation_emails_per_hour = :perHour WHERE id = :id")
			.param("id", id)
			.param("perHour", perHour)
			.update();
	}

	void updateSettings(String id, String name, Locale locale) {
		forget(id);
		jdbc.sql("UPDATE accounts SET name = :name, locale = :locale WHERE id = :id")
			.param("id", id)
			.param("name", name)
			.param("locale", locale.toLanguageTag())
			.update();
	}

	/**
	 * The account, read once per transaction: a service that checks it and the modules it
	 * asks in the same transaction (groups, the email) share one read. A read in a
	 * transaction at read committed may see another's change committed meanwhile; one
	 * read for all is the same as all reading before it. This transaction's own changes
	 * of the account forget it.
	 */
	public Optional<Account> find(String id) {
		Map<String, Account> read = readInThisTransaction();
		Account known = (read != null) ? read.get(id) : null;
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Account> found = jdbc.sql("SELECT * FROM accounts WHERE id = :id")
			.param("id", id)
			.query(Accounts::row)
			.optional();
		if (read != null) {
			found.ifPresent(account -> read.put(id, account));
		}
		return found;
	}

	/** The accounts read in the current transaction; null outside one. */
	private static @Nullable Map<String, Account> readInThisTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof ReadAccounts read) {
				return read.accounts;
			}
		}
		ReadAccounts read = new ReadAccounts();
		TransactionSynchronizationManager.registerSynchronization(read);
		return read.accounts;
	}

	private static void forget(String id) {
		Map<String, Account> read = readInThisTransaction();
		if (read != null) {
			read.remove(id);
		}
	}

	/** Lives as long as its transaction: Spring drops it when the transaction ends. */
	private static final class ReadAccounts implements TransactionSynchronization {

		private final Map<String, Account> accounts = new HashMap<>();

	}

	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single() == 0;
	}

	/**
	 * How many accounts an RQL query matches, counting no further than {@code bound};
	 * {@code onlyId} null: all.
	 */
	long countUpTo(@Nullable String onlyId, RqlQuery query, long bound) {
		SqlFragment sql = RqlPaging.count(fromWhere(onlyId, query), bound);
		return jdbc.sql(sql.sql()).params(sql.params()).query(Long.class).single();
	}

	/** One page of an RQL query; without an order, oldest first. */
	List<Account> page(@Nullable String onlyId, RqlQuery query) {
		SqlFragment orderBy = query.order().isEmpty() ? SqlFragment.of("a.created_at, a.id") : query.orderBy();
		SqlFragment sql = SqlFragment.join(" ",
				List.of(fromWhere(onlyId, query).wrap("SELECT a.* ", ""), orderBy.wrap("ORDER BY ", ""), query.page()));
		return jdbc.sql(sql.sql()).params(sql.params()).query(Accounts::row).list();
	}

	private static SqlFragment fromWhere(@Nullable String onlyId, RqlQuery query) {
		SqlFragment visible = onlyId == null ? SqlFragment.of("FROM accounts a WHERE TRUE")
				: SqlFragment.of("FROM accounts a WHERE a.id = ?", onlyId);
		return SqlFragment.join(" AND ", List.of(visible, query.where().wrap("(", ")")));
	}

	private static Account row(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getString("id"), rs.getString("name"), AccountType.valueOf(rs.getString("type")),
				Locale.forLanguageTag(rs.getString("locale")), Jdbc.stamp(rs, "created"),
				rs.getObject("invitation_emails_per_hour", Integer.class));
	}

}
