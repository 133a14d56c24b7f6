package dev.lobby.user.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.lobby.web.AnonymousAccess;

/**
 * Asking for a password reset needs nothing but an address; completing it needs the
 * emailed token in the URL, which never leaves in a {@code Referer}.
 */
@Configuration(proxyBeanMethods = false)
class PasswordResetAccess {

	@Bean
	AnonymousAccess anonymousPasswordResets() {
		return new AnonymousAccess(List.of("/public/v1/password-resets", "/public/v1/password-resets/**"),
				List.of("/password-resets", "/password-resets/**"), List.of("/password-resets/*"));
	}

}
