package dev.lobby.console.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.lobby.web.AnonymousAccess;

/**
 * Signing in needs no sign-in; the front door ({@code /}) is the HTTP edge's own. Every
 * other console page needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleAccess {

	@Bean
	AnonymousAccess anonymousSignIn() {
		return new AnonymousAccess(List.of(), List.of("/sign-in"), List.of());
	}

}
