package dev.lobby.mail;

import static dev.lobby.mail.MailTestConfiguration.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.LobbyApplication;
import dev.lobby.MutableClock;

@SpringBootTest(classes = LobbyApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"lobby.mail.dispatcher.enabled=false", "lobby.mail.embedded.enabled=false" })
@AutoConfigureMockMvc
@Import(MailTestConfiguration.class)
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void emptyOutbox() {
		clock.set(START);
		jdbc.sql("DELETE FROM outbound_emails").update();
		TestEmails.ensureAccount(jdbc);
	}

	@Test
	void storesTheModelNotARenderedBody() {
		transaction
			.executeWithoutResult(status -> outbox.queue(TestEmails.invitation("sam@example.com", "Alex Admin")));

		Map<String, Object> row = jdbc.sql("SELECT * FROM outbound_emails").query().singleRow();
		assertThat(row).containsEntry("status", "Pending")
			.containsEntry("attempts", 0)
			.containsEntry("template", "invitation")
			.containsEntry("reason", "invite")
			.containsEntry("recipient", "sam@example.com")
			.containsEntry("locale", "en");
		assertThat((String) row.get("model")).contains("\"generation\":1").doesNotContain("https://");
	}

	@Test
	void queueNeedsTheCallersTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> outbox.queue(TestEmails.invitation("sam@example.com", "Alex Admin")));
	}

	@Test
	void purgesFinishedEmailsPastRetentionButNeverPendingOnes() {
		queueInvitation("old-sent@example.com");
		queueInvitation("old-failed@example.com");
		queueInvitation("old-pending@example.com");
		jdbc.sql("UPDATE outbound_emails SET status = 'Sent' WHERE recipient = 'old-sent@example.com'").update();
		jdbc.sql("UPDATE outbound_emails SET status = 'Failed' WHERE recipient = 'old-failed@example.com'").update();
		clock.advance(Duration.ofDays(31));
		queueInvitation("new-sent@example.com");
		jdbc.sql("UPDATE outbound_emails SET status = 'Sent' WHERE recipient = 'new-sent@example.com'").update();

		int purged = outbox.purgeFinishedBefore(clock.instant().minus(Duration.ofDays(30)));

		assertThat(purged).isEqualTo(2);
		assertThat(jdbc.sql("SELECT recipient FROM outbound_emails ORDER BY recipient").query(String.class).list())
			.containsExactly("new-sent@example.com", "old-pending@example.com");
		assertThat(outbox.count("Pending")).isEqualTo(1);
	}

	@Test
	void negativeRetentionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailProperties("Lobby <x@y.z>", 100, Duration.ofSeconds(2), 20,
					new MailProperties.Retry(Duration.ofSeconds(10), 8), new MailProperties.Embedded(false, 0, false),
					Duration.ofMinutes(-1), new MailProperties.Dispatcher(false, 1, Duration.ofMinutes(10))))
			.withMessageContaining("must not be negative");
	}

	@Test
	void hasNoDevMailboxWithoutTheEmbeddedCatcher() throws Exception {
		mvc.perform(get("/dev/mailbox/messages")).andExpect(status().isNotFound());
		mvc.perform(get("/dev/mailbox")).andExpect(status().isNotFound());
	}

	private void queueInvitation(String to) {
		transaction.executeWithoutResult(status -> outbox.queue(TestEmails.invitation(to, "Alex Admin")));
	}

}
