package dev.lobby.web;

import java.util.List;

/**
 * Paths a module serves without an API token or a sign-in, because a secret in the path
 * (an invitation code, a password reset token) or nothing at all is their credential.
 * Each module declares its own as a bean; the HTTP edge permits them, leaves their API
 * operations without a security requirement in the OpenAPI description, and keeps the
 * URLs of {@code credentialPages} out of {@code Referer} headers.
 *
 * @param api path patterns under {@code /public/} that take no API token
 * @param pages path patterns of pages anyone may open
 * @param credentialPages those of {@code pages} whose URL carries a secret
 */
public record AnonymousAccess(List<String> api, List<String> pages, List<String> credentialPages) {

	public AnonymousAccess {
		api = List.copyOf(api);
		pages = List.copyOf(pages);
		credentialPages = List.copyOf(credentialPages);
	}

}
