package dev.lobby.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.LobbyApplication;
import dev.lobby.MutableClock;

@SpringBootTest(classes = LobbyApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"lobby.mail.dispatcher.enabled=false", "lobby.public-url=https://lobby.test/",
		"lobby.mail.embedded.enabled=false" })
@Import(MailTestConfiguration.class)
abstract class MailDispatcherContract {

	// A fixed free port rather than GreenMail's dynamic one: the tests stop and restart
	// the server,
	// and a dynamic port would move away from the sender's spring.mail.port.
	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	Outbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	@Autowired
	JavaMailSender sender;

	@Autowired
	DyingRelay relay;

	@BeforeEach
	void emptyOutboxAndInbox() throws Exception {
		clock.set(MailTestConfiguration.START);
		jdbc.sql("DELETE FROM outbound_emails").update();
		TestEmails.ensureAccount(jdbc);
		greenMail.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void serverBackUp() {
		if (!greenMail.isRunning()) {
			greenMail.start();
		}
	}

	@Test
	void sendsQueuedInvitationWithBothParts() throws Exception {
		queueInvitation("sam@example.com", "Alex Admin");

		assertThat(dispatcher.dispatchDue()).isEqualTo(1);

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getContentType()).startsWith("multipart/alternative");
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("Lobby <no-reply@lobby.localhost>");
		CaughtEmail email = CaughtEmail.of("1", received[0]);
		assertThat(email.to()).containsExactly("sam@example.com");
		assertThat(email.subject()).isEqualTo("Alex Admin invited you to join Acme on Lobby");
		assertThat(email.text()).contains("https://lobby.test/invitations/AUSR-1-g1")
			.contains("3 December 2026, 10:35 UTC");
		assertThat(email.html()).contains("href=\"https://lobby.test/invitations/AUSR-1-g1\"")
			.contains("3 December 2026, 10:35 UTC");
		assertThat(row("status")).isEqualTo("Sent");
		assertThat(jdbc.sql("SELECT sent_at FROM outbound_emails").query(OffsetDateTime.class).single().toInstant())
			.isEqualTo(MailTestConfiguration.START);
	}

	@Test
	void partsInPlainEnglishGoAsTheyAreAndANameOutsideAsciiIsQuotedPrintable() throws Exception {
		queueInvitation("sam@example.com", "Alex Admin");
		queueInvitation("kim@example.com", "Jürgen Groß 東京");

		assertThat(dispatcher.dispatchDue()).isEqualTo(2);

		Map<String, MimeMessage> received = new HashMap<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			received.put(message.getAllRecipients()[0].toString(), message);
		}
		assertThat(encodings(received.get("sam@example.com"))).containsExactly("7bit", "7bit");
		MimeMessage accented = received.get("kim@example.com");
		assertThat(encodings(accented)).containsExactly("quoted-printable", "quoted-printable");
		CaughtEmail email = CaughtEmail.of("2", accented);
		assertThat(email.subject()).startsWith("Jürgen Groß 東京 invited you");
		assertThat(email.text()).contains("Jürgen Groß 東京");
		assertThat(email.html()).contains("Jürgen Groß 東京");
	}

	/** The transfer encodings of an email's text and HTML parts, as sent. */
	private static List<String> encodings(MimeMessage message) throws Exception {
		MimeMultipart parts = (MimeMultipart) message.getContent();
		List<String> encodings = new ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			encodings.add(((MimeBodyPart) parts.getBodyPart(i)).getEncoding());
		}
		return encodings;
	}

	@Test
	void keepsTheSubjectOneHeaderWhateverANameHolds() throws Exception {
		queueInvitation("sam@example.com", "Alex\r\nBcc: evil@example.com\r\nX-Injected: yes");

		assertThat(dispatcher.dispatchDue()).isEqualTo(1);

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getHeader("X-Injected")).isNull();
		assertThat(received[0].getHeader("Bcc")).isNull();
		assertThat(received[0].getHeader("Subject")).hasSize(1);
		assertThat(received[0].getSubject()).doesNotContain("\r", "\n").startsWith("Alex  Bcc: evil@example.com");
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("sam@example.com");
	}

	@Test
	void retriesWithBackoffWhileTheMailServerIsDown() {
		greenMail.stop();
		queueInvitation("sam@example.com", "Alex Admin");

		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(row("status")).isEqualTo("Pending");
		assertThat(jdbc.sql("SELECT attempts FROM outbound_emails").query(Integer.class).single()).isEqualTo(1);
		assertThat(nextAttemptAt()).isEqualTo(MailTestConfiguration.START.plusSeconds(10));
		assertThat(row("last_error")).isNotBlank().doesNotContain("lobby.test/invitations");

		clock.advance(Duration.ofSeconds(9));
		greenMail.start();
		assertThat(dispatcher.dispatchDue()).as("not due before the backoff ends").isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();

		clock.advance(Duration.ofSeconds(2));
		assertThat(dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);

		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(row("status")).isEqualTo("Sent");
	}

	@Test
	void doublesTheBackoffAndGivesUpAfterMaxAttempts() {
		greenMail.stop();
		queueInvitation("sam@example.com", "Alex Admin");

		Instant now = MailTestConfiguration.START;
		for (int attempt = 1; attempt < 8; attempt++) {
			assertThat(dispatcher.dispatchDue()).isZero();
			assertThat(nextAttemptAt()).isEqualTo(now.plus(Duration.ofSeconds(10L << (attempt - 1))));
			now = nextAttemptAt();
			clock.set(now);
		}
		assertThat(dispatcher.dispatchDue()).isZero();

		assertThat(row("status")).isEqualTo("Failed");
		assertThat(jdbc.sql("SELECT attempts FROM outbound_emails").query(Integer.class).single()).isEqualTo(8);
		assertThat(row("failure_reason")).isEqualTo("The mail server could not be reached.");
		clock.advance(Duration.ofDays(365));
		greenMail.start();
		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void everyAttemptAtOneEmailCarriesTheSameMessageId() throws Exception {
		queueInvitation("sam@example.com", "Alex Admin");
		queueInvitation("kim@example.com", "Alex Admin");
		long samId = jdbc.sql("SELECT id FROM outbound_emails WHERE recipient = 'sam@example.com'")
			.query(Long.class)
			.single();

		assertThat(dispatcher.dispatchDue()).isEqualTo(2);
		// The relay took it but the outcome was never written (a timeout waiting for its
		// reply, a node
		// that died): the row is due again and goes out a second time.
		jdbc.sql("UPDATE outbound_emails SET status = 'Pending' WHERE id = ?").param(samId).update();
		clock.advance(Duration.ofMinutes(1));
		assertThat(dispatcher.dispatchDue()).isEqualTo(1);

		Map<String, List<String>> idsByRecipient = new HashMap<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			idsByRecipient.computeIfAbsent(message.getAllRecipients()[0].toString(), to -> new ArrayList<>())
				.add(message.getMessageID());
		}
		assertThat(idsByRecipient.get("sam@example.com")).hasSize(2)
			.doesNotContainNull()
			.allSatisfy(id -> assertThat(id).matches("<outbox-" + samId + "\\.[0-9a-f]{16}@lobby\\.test>"));
		assertThat(idsByRecipient.get("sam@example.com").get(1))
			.isEqualTo(idsByRecipient.get("sam@example.com").get(0));
		assertThat(idsByRecipient.get("kim@example.com")).singleElement()
			.isNotEqualTo(idsByRecipient.get("sam@example.com").get(0));
	}

	@Test
	void waitsMinutesForTheRelaysReplyButConnectsWithinSeconds() {
		Properties settings = ((JavaMailSenderImpl) sender).getJavaMailProperties();
		// A relay may take long to acknowledge the end of a message; giving up sooner
		// sends it twice.
		assertThat(Long.parseLong(settings.getProperty("mail.smtp.timeout"))).isGreaterThanOrEqualTo(300_000);
		assertThat(Long.parseLong(settings.getProperty("mail.smtp.connectiontimeout"))).isLessThanOrEqualTo(10_000);
	}

	@Test
	void anAddressThatCannotBeSentAsWrittenFailsAtOnceWithoutReachingTheRelay() {
		// stored before addresses were checked strictly; the mailer would have sent to
		// "alice@..." instead
		queueInvitation("sam@example.com", "Alex Admin");
		jdbc.sql("UPDATE outbound_emails SET recipient = ?").param("\u0161lice@example.com").update();

		assertThat(dispatcher.dispatchDue()).isZero();

		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(row("status")).isEqualTo("Failed");
		assertThat(row("failure_reason")).contains("cannot be sent to as it is written");
	}

	@Test
	void treatsARenderingFailureAsAFailedAttempt() {
		// a stored model that no longer reads back (here: its link lost the generation)
		// cannot be rendered
		queueInvitation("sam@example.com", "Alex Admin");
		jdbc.sql("UPDATE outbound_emails SET model = ?")
			.param(row("model").replace("\"generation\":1", "\"generation\":0"))
			.update();

		assertThat(dispatcher.dispatchDue()).isZero();

		assertThat(row("status")).isEqualTo("Pending");
		assertThat(row("last_error")).contains("generation must be at least 1");
		assertThat(row("failure_reason"))
			.isEqualTo("Lobby could not prepare the email; the operator finds the details in the server log.");
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	// On PostgreSQL the second dispatcher takes the rows after the first one's batch; H2
	// applies LIMIT
	// before skipping locked rows, so there it may get nothing. Either way no email goes
	// out twice.
	@Test
	void twoDispatchersNeverSendOneEmailTwice() throws Exception {
		for (int i = 0; i < 30; i++) {
			queueInvitation("person" + i + "@example.com", "Alex Admin");
		}
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> node = () -> {
			start.await();
			int sent = 0;
			for (int run = dispatcher.dispatchDue(); run > 0; run = dispatcher.dispatchDue()) {
				sent += run;
			}
			return sent;
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> nodes = List.of(pool.submit(node), pool.submit(node));
			start.countDown();
			int sent = nodes.get(0).get() + nodes.get(1).get();
			assertThat(sent).isEqualTo(30);
		}
		finally {
			pool.shutdownNow();
		}

		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		assertThat(recipients).hasSize(30).doesNotHaveDuplicates();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE status = 'Sent'").query(Integer.class).single())
			.isEqualTo(30);
	}

	@Test
	void skipsEmailsAnotherDispatcherHoldsInsteadOfWaiting() throws Exception {
		queueInvitation("sam@example.com", "Alex Admin");
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService otherNode = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = otherNode.submit(() -> transaction.executeWithoutResult(status -> {
				jdbc.sql("SELECT id FROM outbound_emails FOR UPDATE").query(Long.class).list();
				locked.countDown();
				await(release);
			}));
			locked.await();

			assertThat(dispatcher.dispatchDue()).isZero();
			assertThat(greenMail.getReceivedMessages()).isEmpty();

			release.countDown();
			holder.get();
		}
		finally {
			release.countDown();
			otherNode.shutdownNow();
		}
		assertThat(dispatcher.dispatchDue()).isEqualTo(1);
	}

	@Test
	void aNodeThatDiesMidBatchSendsAgainAtMostTheEmailItWasSendingOnceItsLeaseLapses() throws Exception {
		for (int i = 0; i < 5; i++) {
			queueInvitation("person" + i + "@example.com", "Alex Admin");
		}
		relay.dieAfter(2);

		assertThatThrownBy(dispatcher::dispatchDue).isInstanceOf(DyingRelay.NodeDied.class);

		assertThat(greenMail.getReceivedMessages()).hasSize(2);
		assertThat(count("status = 'Sent'")).as("the first email's outcome was written before the next went out")
			.isEqualTo(1);
		assertThat(dispatcher.dispatchDue()).as("the dead node's lease still holds the rest").isZero();

		clock.advance(Duration.ofMinutes(10));
		assertThat(dispatcher.dispatchDue()).isEqualTo(4);

		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		assertThat(recipients).as("only the email in flight went out twice")
			.hasSize(6)
			.containsOnlyOnce("person0@example.com", "person2@example.com", "person3@example.com",
					"person4@example.com");
		assertThat(count("status = 'Sent'")).isEqualTo(5);
	}

	@Test
	void sendsABatchOverOneConnectionAndNoTransactionIsOpenMeanwhile() throws Exception {
		for (int i = 0; i < 3; i++) {
			queueInvitation("person" + i + "@example.com", "Alex Admin");
		}
		int connectionsBefore = relay.connections();
		CountDownLatch sending = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		relay.whileSending(() -> {
			sending.countDown();
			await(goOn);
		});
		ExecutorService node = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> sent = node.submit(dispatcher::dispatchDue);
			sending.await();
			// another node's change of the leased rows does not wait for the SMTP talk
			assertThat(jdbc.sql("UPDATE outbound_emails SET attempts = attempts WHERE status = 'Pending'").update())
				.isEqualTo(3);
			assertThat(count("leased_until IS NOT NULL")).isEqualTo(3);
			goOn.countDown();
			assertThat(sent.get()).isEqualTo(3);
		}
		finally {
			goOn.countDown();
			relay.whileSending(() -> {
			});
			node.shutdownNow();
		}
		assertThat(relay.connections()).as("one connection for the batch").isEqualTo(connectionsBefore + 1);
		assertThat(count("leased_until IS NULL AND status = 'Sent'")).isEqualTo(3);
	}

	@Test
	void oneAccountsBacklogDoesNotHoldAnotherAccountsEmail() {
		for (int i = 0; i < 45; i++) {
			queueInvitation("bulk" + i + "@example.com", "Alex Admin");
		}
		clock.advance(Duration.ofSeconds(1));
		TestEmails.ensureAccount(jdbc, "ACC-OTHER");
		transaction.executeWithoutResult(
				status -> outbox.queue(TestEmails.invitation("ACC-OTHER", "kim@example.com", "Alex Admin")));

		assertThat(dispatcher.dispatchDue()).isEqualTo(20);

		assertThat(jdbc.sql("SELECT status FROM outbound_emails WHERE recipient = 'kim@example.com'")
			.query(String.class)
			.single()).as("queued last, but its account's first: sent in the first batch").isEqualTo("Sent");
	}

	private void queueInvitation(String to, String inviterName) {
		transaction.executeWithoutResult(status -> outbox.queue(TestEmails.invitation(to, inviterName)));
	}

	private int count(String condition) {
		return jdbc.sql("SELECT COUNT(*) FROM outbound_emails WHERE " + condition).query(Integer.class).single();
	}

	private String row(String column) {
		return jdbc.sql("SELECT " + column + " FROM outbound_emails").query(String.class).single();
	}

	private Instant nextAttemptAt() {
		return jdbc.sql("SELECT next_attempt_at FROM outbound_emails").query(OffsetDateTime.class).single().toInstant();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
