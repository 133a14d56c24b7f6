package dev.lobby.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses ({@code ;}, {@code //}, {@code ..}, encoded
 * slashes, odd header values) are refused before its other filters run, so the usual
 * headers are written here: an API path gets a problem document, a page the HTML error
 * page. The firewall's message is not logged, since it may quote a header value such as a
 * token.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

	private final ProblemWriter problems;

	FirewallRejections(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
			throws IOException {
		log.debug("Refused a request that Spring Security's firewall rejects");
		SecurityHeaders.writeTo(response);
		if (SecurityHeaders.isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
			problems.write(response,
					ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Bad request",
							"The URL or a header holds something the API never accepts (such as ';', '//', '..' or an"
									+ " encoded slash in the path), so the request was not processed."));
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

}
