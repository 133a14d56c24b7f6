package dev.lobby.mail;

import java.util.Date;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP relay, spoken to one connection per batch: several emails go over one
 * conversation, and each one's outcome is known as soon as the relay answered it, so the
 * dispatcher can write it down before sending the next.
 */
@Component
class MailRelay {

	private final JavaMailSender sender;

	MailRelay(JavaMailSender sender) {
		this.sender = sender;
	}

	MimeMessage createMessage() {
		return sender.createMimeMessage();
	}

	/** A conversation with the relay; it connects on its first email. */
	Connection open() {
		return sender instanceof JavaMailSenderImpl smtp ? new SmtpConnection(smtp) : new OneByOne(sender);
	}

	interface Connection extends AutoCloseable {

		/**
		 * Sends one email.
		 * @throws Exception what the relay or the connection answered, as JavaMail or
		 * Spring says it
		 */
		void send(MimeMessage message) throws Exception;

		@Override
		void close();

	}

	/** One SMTP transport kept open across emails, reconnected if the relay drops it. */
	private static final class SmtpConnection implements Connection {

		private final JavaMailSenderImpl smtp;

		private @Nullable Transport transport;

		SmtpConnection(JavaMailSenderImpl smtp) {
			this.smtp = smtp;
		}

		@Override
		public void send(MimeMessage message) throws Exception {
			Transport connected = connected();
			// As JavaMailSenderImpl does: saving the changes would otherwise replace the
			// Message-ID, which must stay the same on every attempt.
			if (message.getSentDate() == null) {
				message.setSentDate(new Date());
			}
			String messageId = message.getMessageID();
			message.saveChanges();
			if (messageId != null) {
				message.setHeader("Message-ID", messageId);
			}
			connected.sendMessage(message, message.getAllRecipients());
		}

		private Transport connected() throws MessagingException {
			Transport current = transport;
			if (current != null && current.isConnected()) {
				return current;
			}
			close();
			Transport fresh = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
			try {
				fresh.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
			}
			catch (AuthenticationFailedException refused) {
				throw new MailAuthenticationException(refused);
			}
			transport = fresh;
			return fresh;
		}

		@Override
		public void close() {
			Transport current = transport;
			transport = null;
			if (current != null) {
				try {
					current.close();
				}
				catch (MessagingException ignored) {
					// the emails went out or failed already; a failed QUIT changes
					// nothing
				}
			}
		}

	}

	/** For a sender that is not SMTP (none in Lobby itself): one send per email. */
	private record OneByOne(JavaMailSender sender) implements Connection {

		@Override
		public void send(MimeMessage message) {
			sender.send(message);
		}

		@Override
		public void close() {
		}

	}

}
