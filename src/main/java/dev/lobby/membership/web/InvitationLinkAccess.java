package dev.lobby.membership.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.lobby.web.AnonymousAccess;

/**
 * The invitation link is its own credential: its page and its API calls (accept, decline)
 * take no token or sign-in, and its URL never leaves in a {@code Referer}.
 */
@Configuration(proxyBeanMethods = false)
class InvitationLinkAccess {

	@Bean
	AnonymousAccess anonymousInvitationLinks() {
		return new AnonymousAccess(List.of("/public/v1/invitations/**"), List.of("/invitations/**"),
				List.of("/invitations/*", "/invitations/*/**"));
	}

}
