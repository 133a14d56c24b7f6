package dev.lobby.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MailboxAccessUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1" })
	void loopbackAddressesAreLocal(String address) {
		assertThat(MailboxAccess.isLoopback(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.1", "192.168.1.2", "203.0.113.7", "::ffff:203.0.113.7", "2001:db8::1", "localhost",
			"" })
	void otherAddressesAndNamesAreNot(String address) {
		assertThat(MailboxAccess.isLoopback(address)).isFalse();
	}

	@Test
	void theSettingOpensTheMailboxToRemoteClients() throws Exception {
		MockHttpServletRequest remote = new MockHttpServletRequest("GET", "/dev/mailbox");
		remote.setRemoteAddr("203.0.113.7");

		MockHttpServletResponse closed = new MockHttpServletResponse();
		assertThat(new MailboxAccess(false).preHandle(remote, closed, new Object())).isFalse();
		assertThat(closed.getStatus()).isEqualTo(404);
		assertThat(new MailboxAccess(true).preHandle(remote, new MockHttpServletResponse(), new Object())).isTrue();
	}

}
