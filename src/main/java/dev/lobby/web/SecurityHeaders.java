package dev.lobby.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers Spring Security writes on every response, for the few responses
 * written where its filters never ran: requests its firewall rejects and those Tomcat
 * refuses before any filter (a header too large, a bad URL encoding).
 */
final class SecurityHeaders {

	private SecurityHeaders() {
	}

	/**
	 * The Content-Security-Policy of every page: scripts and styles only from Lobby's own
	 * files (Bootstrap and htmx from WebJars, {@code /assets}), never inline scripts;
	 * inline style attributes are allowed because the dev mailbox previews emails, whose
	 * HTML carries them, and Bootstrap's scripts position menus with them. Nothing may
	 * frame a page, and forms post only to Lobby.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	static void writeTo(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-XSS-Protection", "0");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
	}

	/**
	 * The REST API (and actuator) answer errors as problem documents; everything else is
	 * a page.
	 */
	static boolean isApi(String requestUri) {
		return requestUri.startsWith("/public/") || requestUri.startsWith("/actuator/") || requestUri.equals("/public")
				|| requestUri.equals("/actuator");
	}

}
