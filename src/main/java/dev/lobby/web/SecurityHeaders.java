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

	static void writeTo(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-XSS-Protection", "0");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy",
				"default-src 'none'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
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
