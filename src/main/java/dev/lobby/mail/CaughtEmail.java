package dev.lobby.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;

/** An email the embedded catcher received, as the dev mailbox shows it. */
public record CaughtEmail(String id, List<String> to, String subject, @Nullable String text, @Nullable String html,
		Instant receivedAt) {

	public static CaughtEmail of(String id, MimeMessage message) {
		try {
			Address[] recipients = message.getRecipients(RecipientType.TO);
			List<String> to = recipients == null ? List.of()
					: Arrays.stream(recipients).map(Address::toString).toList();
			Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
			return new CaughtEmail(id, to, message.getSubject() == null ? "" : message.getSubject(),
					firstPart(message, "text/plain"), firstPart(message, "text/html"),
					received == null ? Instant.EPOCH : received.toInstant());
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Cannot read caught email " + id, e);
		}
	}

	private static @Nullable String firstPart(Part part, String mimeType) throws MessagingException, IOException {
		if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return part.getContent().toString();
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = firstPart(multipart.getBodyPart(i), mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
