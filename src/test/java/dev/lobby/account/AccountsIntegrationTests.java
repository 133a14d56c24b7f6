package dev.lobby.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.StatementCounter;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * An account is read once per transaction ({@link Accounts#find}), and what one
 * transaction changes or another commits is never hidden by it.
 */
@Import(StatementCounter.Configuration.class)
class AccountsIntegrationTests extends LobbyIntegrationTestBase {

	@Autowired
	Accounts store;

	@Autowired
	StatementCounter counter;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTransactionReadsAnAccountOnceAndSeesItsOwnChangeOfIt() {
		TestAccount acme = accounts.client("Acme");
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		Thread self = Thread.currentThread();

		counter.start(thread -> thread == self);
		Account renamed = transaction.execute(status -> {
			Account first = store.find(acme.id()).orElseThrow();
			Account again = store.find(acme.id()).orElseThrow();
			assertThat(again).isEqualTo(first);
			store.updateSettings(acme.id(), "Acme Renamed", Locale.GERMAN);
			return store.find(acme.id()).orElseThrow();
		});
		counter.stop();

		assertThat(renamed.name()).isEqualTo("Acme Renamed");
		assertThat(renamed.locale()).isEqualTo(Locale.GERMAN);
		// Read, update, read again: the second read before the update was not sent.
		assertThat(counter.statements()).hasSize(3);
	}

	@Test
	void aChangeCommittedElsewhereIsSeenByTheNextTransaction() {
		TestAccount acme = accounts.client("Acme");
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		String before = transaction.execute(status -> store.find(acme.id()).orElseThrow().name());
		assertThat(before).startsWith("Acme");

		// Written past the store, as another node would.
		jdbc.sql("UPDATE accounts SET name = 'Acme Elsewhere' WHERE id = ?").param(acme.id()).update();

		String after = transaction.execute(status -> store.find(acme.id()).orElseThrow().name());
		assertThat(after).isEqualTo("Acme Elsewhere");
		// Outside a transaction every call reads.
		assertThat(store.find(acme.id()).orElseThrow().name()).isEqualTo("Acme Elsewhere");
	}

}
