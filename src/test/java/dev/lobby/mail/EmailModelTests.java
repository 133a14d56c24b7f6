package dev.lobby.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EmailModelTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aModelThatMissesAValueCannotBeMade() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RemovalEmail("Acme", nothing(), "Alex Admin"))
			.withMessageContaining("firstName");
		assertThatIllegalArgumentException().isThrownBy(() -> new InvitationEmail.Link("AUSR-1", 0))
			.withMessageContaining("generation");
	}

	@Test
	void eachTemplateReadsBackAsItsModel() {
		InvitationEmail invitation = new InvitationEmail("Acme", "Alex Admin", true, "Sam", "sam@example.com",
				Instant.parse("2026-12-03T10:35:00Z"), new InvitationEmail.Link("AUSR-1", 2));

		String stored = json.writeValueAsString(invitation);

		assertThat(stored).contains("\"expiresAt\":\"2026-12-03T10:35:00Z\"")
			.contains("\"invitationLink\":{\"accountUserId\":\"AUSR-1\",\"generation\":2}")
			.doesNotContain("template");
		assertThat(json.readValue(stored, EmailModel.type(invitation.template()))).isEqualTo(invitation);
		assertThat(EmailModel.type("removal")).isEqualTo(RemovalEmail.class);
		assertThat(EmailModel.type("password-reset")).isEqualTo(PasswordResetEmail.class);
		assertThatIllegalArgumentException().isThrownBy(() -> EmailModel.type("welcome"))
			.withMessageContaining("welcome");
	}

	/** A null where the type says there is none, as a stored JSON model may hold. */
	@SuppressWarnings("NullAway")
	private static String nothing() {
		return null;
	}

}
