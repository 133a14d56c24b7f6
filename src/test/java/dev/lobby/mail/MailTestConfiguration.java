package dev.lobby.mail;

import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

import dev.lobby.MutableClock;
import dev.lobby.platform.TimeSource;
import dev.lobby.web.ApiCallerResolver;

/**
 * Beans the mail tests need from outside the module. They are {@code @Primary} with their
 * own names, so they win over (and do not clash with) the real beans the other modules
 * add; the clock is the {@link TimeSource} the application's clock reads.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

	public static final Instant START = Instant.parse("2026-11-26T09:00:00Z");

	/** The time source; the application reads it through its microsecond clock. */
	@Bean
	@TimeSource
	MutableClock testClock() {
		return new MutableClock(START);
	}

	@Bean
	@Primary
	InvitationLinkSigner testInvitationLinkSigner() {
		return (accountUserId, generation) -> "https://lobby.test/invitations/" + accountUserId + "-g" + generation;
	}

	/** The real relay, which a test may tell to die in the middle of a batch. */
	@Bean
	@Primary
	DyingRelay testMailRelay(JavaMailSender sender) {
		return new DyingRelay(sender);
	}

	// The apitoken module provides the real one; until then security needs a stand-in to
	// start.
	@Bean
	@Primary
	ApiCallerResolver testApiCallerResolver() {
		return secret -> Optional.empty();
	}

}
