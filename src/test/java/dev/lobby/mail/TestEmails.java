package dev.lobby.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.platform.EmailAddress;

/** Emails and the account row the mail tests queue them for. */
final class TestEmails {

	static final String ACCOUNT_ID = "ACC-MAIL-TEST";

	private TestEmails() {
	}

	/** outbound_emails.account_id references accounts: the account must exist first. */
	static void ensureAccount(JdbcClient jdbc) {
		ensureAccount(jdbc, ACCOUNT_ID);
	}

	static void ensureAccount(JdbcClient jdbc, String accountId) {
		jdbc.sql(
				"""
						INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name)
						SELECT ?, 'Acme', 'Client', 'en', ?, 'system', 'System' WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE id = ?)""")
			.params(accountId, OffsetDateTime.parse("2026-01-01T00:00:00Z"), accountId)
			.update();
	}

	static EmailRequest invitation(String to, String inviterName) {
		return invitation(ACCOUNT_ID, to, inviterName);
	}

	static EmailRequest invitation(String accountId, String to, String inviterName) {
		return new EmailRequest(accountId, "AUSR-1", "invite", EmailAddress.of(to), Locale.ENGLISH,
				new InvitationEmail("Acme", inviterName, true, "Sam", "sam@example.com",
						Instant.parse("2026-12-03T10:35:00Z"), new InvitationEmail.Link("AUSR-1", 1)));
	}

	static EmailRequest removal(String accountUserId, String to, String firstName) {
		return new EmailRequest(ACCOUNT_ID, accountUserId, "remove", EmailAddress.of(to), Locale.ENGLISH,
				new RemovalEmail("Acme", firstName, "Alex Admin"));
	}

}
