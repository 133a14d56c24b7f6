package dev.lobby.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MailTemplatesTests {

	private final MailTemplates templates = new MailTemplates(messages(),
			(accountUserId, generation) -> "https://lobby.test/invitations/" + accountUserId + "-g" + generation,
			resetId -> "https://lobby.test/password-resets/" + resetId + ".mac");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("mail/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static InvitationEmail invitation(String inviterName, boolean invitedByPerson) {
		return new InvitationEmail("Acme", inviterName, invitedByPerson, "Sam", "sam@example.com",
				Instant.parse("2026-12-03T10:35:00Z"), new InvitationEmail.Link("AUSR-123", 2));
	}

	@Test
	void rendersInvitationWithSignedLinkAndHumanExpiry() {
		RenderedEmail email = templates.render(invitation("Alex Admin", true), Locale.ENGLISH);

		assertThat(email.subject()).isEqualTo("Alex Admin invited you to join Acme on Lobby");
		assertThat(email.text()).contains("Hello Sam,")
			.contains("Alex Admin invited you (sam@example.com) to join the account Acme on Lobby.")
			.contains("https://lobby.test/invitations/AUSR-123-g2")
			.contains("The invitation expires on 3 December 2026, 10:35 UTC.")
			.contains("If you did not expect this, ignore this email.")
			.doesNotContain("<");
		assertThat(email.html()).contains("<html lang=\"en\"")
			.contains("href=\"https://lobby.test/invitations/AUSR-123-g2\"")
			.contains(">Accept or decline the invitation</a>")
			.contains(">https://lobby.test/invitations/AUSR-123-g2</a>")
			.contains("3 December 2026, 10:35 UTC")
			.contains("<title>Alex Admin invited you to join Acme on Lobby</title>");
	}

	@Test
	void anInvitationFromAnApiTokenNamesTheAccountInTheSubject() {
		RenderedEmail email = templates.render(invitation("An administrator of Acme", false), Locale.ENGLISH);

		assertThat(email.subject()).isEqualTo("You are invited to join Acme on Lobby");
		assertThat(email.text()).contains("An administrator of Acme invited you (sam@example.com)");
	}

	@Test
	void escapesWhatPeopleTypedInTheHtmlPart() {
		RenderedEmail email = templates.render(invitation("<script>alert(1)</script> Eve", true), Locale.ENGLISH);

		assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; Eve");
		// the plain-text part is not HTML: it keeps the name as typed
		assertThat(email.text()).contains("<script>alert(1)</script> Eve invited you");
	}

	@Test
	void rendersRemoval() {
		RenderedEmail email = templates.render(new RemovalEmail("Acme", "Sam", "Alex <b>Admin</b>"), Locale.ENGLISH);

		assertThat(email.subject()).isEqualTo("You were removed from Acme");
		assertThat(email.text()).contains("Hello Sam,").contains("Alex <b>Admin</b> removed you from the account Acme");
		assertThat(email.html()).contains("Alex &lt;b&gt;Admin&lt;/b&gt; removed you from the account Acme")
			.doesNotContain("<b>");
	}

	@Test
	void rendersDeclined() {
		RenderedEmail email = templates.render(new DeclinedEmail("Acme", "Alex", "Sam Smith", "sam@example.com"),
				Locale.ENGLISH);

		assertThat(email.subject()).isEqualTo("Sam Smith declined your invitation to Acme");
		assertThat(email.text()).contains("Hello Alex,")
			.contains("Sam Smith (sam@example.com) declined the invitation to join the account Acme on Lobby.");
		assertThat(email.html()).contains("Sam Smith (sam@example.com) declined the invitation");
	}

	@Test
	void aPasswordResetEmailCarriesItsLinkAsAButtonAndWrittenOutAndGreetsNoOne() {
		RenderedEmail email = templates.render(new PasswordResetEmail("r-1", 60), Locale.ENGLISH);

		assertThat(email.subject()).isEqualTo("Reset your Lobby password");
		assertThat(email.text()).startsWith("Hello,")
			.contains("https://lobby.test/password-resets/r-1.mac")
			.contains("The link works once, for 60 minutes.");
		assertThat(email.html()).contains(">Choose a new password</a>")
			.contains(">https://lobby.test/password-resets/r-1.mac</a>")
			.doesNotContain("on behalf of");
	}

}
