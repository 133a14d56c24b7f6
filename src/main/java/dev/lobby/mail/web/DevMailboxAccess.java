package dev.lobby.mail.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.lobby.web.AnonymousAccess;

/**
 * The embedded mailbox of the default mode takes no sign-in: {@link MailboxAccess} keeps
 * it to loopback clients, and it does not exist in production.
 */
@Configuration(proxyBeanMethods = false)
class DevMailboxAccess {

	@Bean
	AnonymousAccess anonymousDevMailbox() {
		return new AnonymousAccess(List.of(), List.of("/dev/**"), List.of());
	}

}
