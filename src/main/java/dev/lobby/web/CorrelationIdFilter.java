package dev.lobby.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.lobby.platform.RequestMetadata;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} when it is
 * sane, a fresh one otherwise), puts it in the log context and the response, and records
 * where the request came from for the audit trail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Correlation-Id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String offered = request.getHeader(HEADER);
		String correlationId = offered != null && SANE.matcher(offered).matches() ? offered
				: UUID.randomUUID().toString();
		String userAgent = request.getHeader("User-Agent");
		if (userAgent != null && userAgent.length() > 500) {
			userAgent = userAgent.substring(0, 500);
		}
		request.setAttribute(RequestMetadata.ATTRIBUTE,
				new RequestMetadata(request.getRemoteAddr(), userAgent, correlationId));
		response.setHeader(HEADER, correlationId);
		MDC.put("correlationId", correlationId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("correlationId");
		}
	}

}
