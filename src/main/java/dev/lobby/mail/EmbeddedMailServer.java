package dev.lobby.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail catcher of the default mode: an in-process SMTP server (GreenMail) on the
 * loopback interface that keeps every email in memory, so a first run needs no mail
 * server.
 */
public class EmbeddedMailServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

	private final GreenMail greenMail;

	EmbeddedMailServer(int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		this.greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
	}

	void start() {
		greenMail.start();
		log.info("Embedded mail catcher listens on 127.0.0.1:{}; caught emails are at /dev/mailbox", port());
	}

	void stop() {
		greenMail.stop();
	}

	/** The port it actually listens on, also when it was configured with 0. */
	public int port() {
		return greenMail.getSmtp().getPort();
	}

	/**
	 * Everything caught so far, newest first; ids are the order of arrival, starting at
	 * 1.
	 */
	public List<CaughtEmail> messages() {
		MimeMessage[] received = greenMail.getReceivedMessages();
		List<CaughtEmail> messages = new ArrayList<>(received.length);
		for (int i = 0; i < received.length; i++) {
			messages.add(CaughtEmail.of(String.valueOf(i + 1), received[i]));
		}
		Collections.reverse(messages);
		return messages;
	}

	/** How many emails it caught so far. */
	public int count() {
		return greenMail.getReceivedMessages().length;
	}

	public Optional<CaughtEmail> message(String id) {
		MimeMessage[] received = greenMail.getReceivedMessages();
		try {
			int index = Integer.parseInt(id) - 1;
			return index >= 0 && index < received.length ? Optional.of(CaughtEmail.of(id, received[index]))
					: Optional.empty();
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

}
