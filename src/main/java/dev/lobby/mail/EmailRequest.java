package dev.lobby.mail;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.EmailAddress;

/**
 * One email to queue: which template, for whom, in which language, with which model.
 *
 * @param template the template name: {@code invitation}, {@code removal} or
 * {@code declined}
 * @param reason why it is sent ({@code invite}, {@code resend}, {@code send-new},
 * {@code remove}, {@code decline}); rate limits count by reason
 * @param model plain JSON-friendly values (strings, numbers, booleans, nested maps); an
 * {@code invitationLink} entry of the form {@code {"accountUserId": "...", "generation":
 * 2}} is turned into the signed link only when the email is sent
 */
public record EmailRequest(@Nullable String accountId, @Nullable String accountUserId, String template, String reason,
		EmailAddress to, Locale locale, Map<String, Object> model) {
}
