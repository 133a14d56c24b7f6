package dev.lobby.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class FailureReasonsUnitTests {

	@Test
	void aRefusedRecipientKeepsOnlyTheRelaysReplyCodes() throws Exception {
		SendFailedException refused = new SendFailedException("Invalid Addresses",
				new MessagingException(
						"550 5.1.1 <sam@example.com>: Recipient address rejected: user unknown in relay.internal"),
				new InternetAddress[0], new InternetAddress[0],
				new InternetAddress[] { new InternetAddress("sam@example.com") });
		MailSendException failure = new MailSendException(Map.of(new Object(), refused));

		String reason = FailureReasons.of(failure);

		assertThat(reason).isEqualTo("The mail server refused the recipient's address (SMTP 550 5.1.1).");
	}

	@Test
	void aMessageRefusedAfterItsDataNamesTheReply() {
		MailSendException failure = new MailSendException(Map.of(new Object(),
				new MessagingException("554 5.7.1 Message rejected as spam by mx1.relay.internal")));
		assertThat(FailureReasons.of(failure)).isEqualTo("The mail server refused the email (SMTP 554 5.7.1).");
	}

	@Test
	void connectionProblemsSayWhatHappenedWithoutTheHost() {
		MailSendException refused = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host, port: smtp.internal, 25; timeout -1",
						new ConnectException("Connection refused")));
		MailSendException slow = new MailSendException("Mail server connection failed",
				new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out")));

		assertThat(FailureReasons.of(refused)).isEqualTo("The mail server could not be reached.");
		assertThat(FailureReasons.of(slow)).isEqualTo("The mail server did not answer in time.");
	}

	@Test
	void neitherCredentialsNorInternalsAreRepeated() {
		assertThat(
				FailureReasons.of(new MailAuthenticationException("535 Authentication failed for user lobby:s3cret")))
			.doesNotContain("s3cret")
			.contains("sign in to the mail server");
		assertThat(FailureReasons.of(new IllegalStateException("template blew up at line 3")))
			.doesNotContain("template blew up")
			.contains("server log");
	}

}
