package dev.lobby.mail;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;

/**
 * One email to queue: for whom, in which language, saying what.
 *
 * @param reason why it is sent ({@code invite}, {@code resend}, {@code send-new},
 * {@code remove}, {@code decline}, …); rate limits count by reason
 * @param model what it says; its type decides the template
 */
public record EmailRequest(@Nullable String accountId, @Nullable String accountUserId, String reason, EmailAddress to,
		Locale locale, EmailModel model) {

	/** The template that renders it, named by the model. */
	public String template() {
		return model.template();
	}

}
