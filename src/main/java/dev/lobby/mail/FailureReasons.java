package dev.lobby.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Why a send failed, as a sentence an administrator may read next to the member: what
 * happened and the relay's reply code, never a stack trace, a host name, a credential or
 * the email's content.
 */
final class FailureReasons {

	static final String UNDELIVERABLE_ADDRESS = "The address cannot be sent to as it is written (it is not a plain ASCII"
			+ " email address). Remove the member and invite them again with a corrected address.";

	// A relay's reply such as "550 5.1.1 <x@example.com>: Recipient address rejected":
	// only its codes are kept.
	private static final Pattern REPLY = Pattern.compile("^\\s*([245]\\d\\d)(?:[ -]+([245]\\.\\d{1,3}\\.\\d{1,3}))?");

	private FailureReasons() {
	}

	static String of(Exception failure) {
		if (failure instanceof MailAuthenticationException) {
			return "Lobby could not sign in to the mail server; the operator needs to check its SMTP settings.";
		}
		if (!(failure instanceof MailException) && !(failure instanceof MessagingException)) {
			return "Lobby could not prepare the email; the operator finds the details in the server log.";
		}
		List<Throwable> causes = causes(failure);
		if (causes.stream().anyMatch(SocketTimeoutException.class::isInstance)) {
			return "The mail server did not answer in time.";
		}
		if (causes.stream()
			.anyMatch(c -> c instanceof ConnectException || c instanceof UnknownHostException
					|| c instanceof NoRouteToHostException)) {
			return "The mail server could not be reached.";
		}
		String code = replyCode(causes);
		boolean addressRefused = causes.stream()
			.anyMatch(c -> c instanceof SendFailedException refused && refused.getInvalidAddresses() != null
					&& refused.getInvalidAddresses().length > 0);
		if (addressRefused) {
			return "The mail server refused the recipient's address" + code + ".";
		}
		return code.isEmpty() ? "The mail server did not accept the email."
				: "The mail server refused the email" + code + ".";
	}

	/** " (SMTP 550 5.1.1)" from the first reply among the causes, else "". */
	private static String replyCode(List<Throwable> causes) {
		for (Throwable cause : causes) {
			String message = cause.getMessage();
			Matcher reply = message == null ? null : REPLY.matcher(message);
			if (reply != null && reply.find()) {
				return " (SMTP " + reply.group(1) + (reply.group(2) != null ? " " + reply.group(2) : "") + ")";
			}
		}
		return "";
	}

	/**
	 * The failure and everything it wraps: causes, JavaMail's next exceptions, Spring's
	 * per-message failures.
	 */
	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> found = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Throwable> todo = new ArrayList<>(List.of(failure));
		while (!todo.isEmpty() && found.size() < 50) {
			Throwable next = todo.remove(0);
			if (!seen.add(next)) {
				continue;
			}
			found.add(next);
			if (next.getCause() != null) {
				todo.add(next.getCause());
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				todo.add(messaging.getNextException());
			}
			if (next instanceof MailSendException send) {
				todo.addAll(List.of(send.getMessageExceptions()));
			}
		}
		return found;
	}

}
