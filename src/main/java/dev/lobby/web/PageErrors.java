package dev.lobby.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import dev.lobby.platform.LobbyException;
import dev.lobby.platform.RequestMetadata;

/**
 * Errors of pages (an unknown path under {@code /invitations/}, a wrong method) become
 * the HTML error page through the container's error dispatch
 * ({@link ErrorPageController}); the REST API's errors are left to
 * {@link ApiProblemHandler}, which answers them as problem documents.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception e) {
		if (SecurityHeaders.isApi(request.getRequestURI().substring(request.getContextPath().length()))
				|| response.isCommitted()) {
			return null;
		}
		int status = e instanceof ErrorResponse error ? error.getStatusCode().value()
				: e instanceof LobbyException refusal ? Refusals.of(refusal).status().value() : 500;
		if (status >= 500) {
			log.error("Unexpected error on a page (traceId {})", RequestMetadata.current().correlationId(), e);
		}
		try {
			response.sendError(status);
		}
		catch (IOException failed) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// after Boot's DefaultErrorAttributes (which only records the exception), before
		// MVC's resolvers
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
