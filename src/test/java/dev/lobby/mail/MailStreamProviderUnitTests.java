package dev.lobby.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import jakarta.mail.util.StreamProvider;

import org.junit.jupiter.api.Test;

/**
 * The stream provider Lobby names for Jakarta Mail (instead of its class-path scan on
 * every part) is the one the shipped implementation registers: were Angus Mail to rename
 * it, every email would fail to encode.
 */
class MailStreamProviderUnitTests {

	@Test
	void theNamedProviderIsTheOneTheMailImplementationRegisters() throws Exception {
		Class.forName(MailConfiguration.class.getName());

		assertThat(System.getProperty(MailConfiguration.STREAM_PROVIDER))
			.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		assertThat(StreamProvider.provider().getClass().getName())
			.isEqualTo(System.getProperty(MailConfiguration.STREAM_PROVIDER));
		assertThat(ServiceLoader.load(StreamProvider.class).findFirst())
			.hasValueSatisfying((registered) -> assertThat(registered.getClass().getName())
				.isEqualTo(System.getProperty(MailConfiguration.STREAM_PROVIDER)));
	}

}
