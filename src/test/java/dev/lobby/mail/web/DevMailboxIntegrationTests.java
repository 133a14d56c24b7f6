package dev.lobby.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.LobbyApplication;
import dev.lobby.mail.EmailRequest;
import dev.lobby.mail.EmbeddedMailServer;
import dev.lobby.mail.InvitationEmail;
import dev.lobby.mail.MailDispatcher;
import dev.lobby.mail.MailTestConfiguration;
import dev.lobby.mail.Outbox;
import dev.lobby.mail.RemovalEmail;
import dev.lobby.platform.EmailAddress;

/**
 * The default mode end to end: outbox → dispatcher → embedded catcher on a free port →
 * dev mailbox.
 */
@SpringBootTest(classes = LobbyApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:mailbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"lobby.mail.dispatcher.enabled=false", "lobby.mail.embedded.enabled=true", "lobby.mail.embedded.port=0" })
@AutoConfigureMockMvc
@Import(MailTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevMailboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedMailServer mailServer;

	@BeforeAll
	void sendTwoEmails(@Autowired Outbox outbox, @Autowired MailDispatcher dispatcher, @Autowired JdbcClient jdbc,
			@Autowired TransactionTemplate transaction) {
		jdbc.sql("""
				INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name)
				VALUES ('ACC-MAILBOX', 'Acme', 'Client', 'en', ?, 'system', 'System')""")
			.param(OffsetDateTime.parse("2026-01-01T00:00:00Z"))
			.update();
		transaction.executeWithoutResult(status -> outbox.queue(
				new EmailRequest("ACC-MAILBOX", "AUSR-7", "invite", EmailAddress.of("sam@example.com"), Locale.ENGLISH,
						new InvitationEmail("Acme", "Alex <script>x()</script>", true, "Sam", "sam@example.com",
								Instant.parse("2026-12-03T10:35:00Z"), new InvitationEmail.Link("AUSR-7", 1)))));
		dispatcher.dispatchDue();
		transaction.executeWithoutResult(status -> outbox.queue(new EmailRequest("ACC-MAILBOX", "AUSR-7", "remove",
				EmailAddress.of("kim@example.com"), Locale.ENGLISH, new RemovalEmail("Acme", "Kim", "Alex Admin"))));
		dispatcher.dispatchDue();
	}

	@Test
	void listsCaughtEmailsNewestFirstAsJson() throws Exception {
		assertThat(mailServer.port()).isPositive();
		mvc.perform(get("/dev/mailbox/messages"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value("2"))
			.andExpect(jsonPath("$[0].to[0]").value("kim@example.com"))
			.andExpect(jsonPath("$[0].subject").value("You were removed from Acme"))
			.andExpect(jsonPath("$[1].id").value("1"))
			.andExpect(jsonPath("$[1].to").isArray())
			.andExpect(jsonPath("$[1].subject").value("Alex <script>x()</script> invited you to join Acme on Lobby"))
			.andExpect(jsonPath("$[1].text", containsString("https://lobby.test/invitations/AUSR-7-g1")))
			.andExpect(jsonPath("$[1].html", containsString("&lt;script&gt;")))
			.andExpect(jsonPath("$[1].receivedAt").isString());
	}

	@Test
	void showsCaughtEmailsOnAPageWithTheirHtmlSandboxed() throws Exception {
		mvc.perform(get("/dev/mailbox"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("You were removed from Acme")))
			.andExpect(content().string(containsString("kim@example.com")))
			.andExpect(content().string(containsString("sandbox=\"\"")))
			.andExpect(content().string(not(containsString("<script>x()"))));
	}

	@Test
	void servesOneEmailsHtmlUnderASandboxPolicy() throws Exception {
		mvc.perform(get("/dev/mailbox/messages/1/html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
			.andExpect(content().string(containsString("href=\"https://lobby.test/invitations/AUSR-7-g1\"")));
		mvc.perform(get("/dev/mailbox/messages/99/html")).andExpect(status().isNotFound());
	}

	@Test
	void answersOnlyClientsOnThisMachine() throws Exception {
		for (String path : new String[] { "/dev/mailbox", "/dev/mailbox/messages", "/dev/mailbox/messages/1/html" }) {
			mvc.perform(get(path).with(from("203.0.113.7")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("invitations/AUSR-7"))));
			mvc.perform(get(path).with(from("::1"))).andExpect(status().isOk());
			mvc.perform(get(path).with(from("127.0.0.1"))).andExpect(status().isOk());
		}
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
