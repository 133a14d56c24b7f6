package dev.lobby.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import dev.lobby.platform.RequestMetadata;

/**
 * Answers the servlet container's error dispatches in place of Spring Boot's controller,
 * which answered API paths with its own JSON and {@code GET /error} itself with 500 and
 * status 999. An error of a request under {@code /public/**} becomes a problem document,
 * any other the HTML error page; {@code /error} asked for directly is a page that does
 * not exist (404). The page is friendly and in the layout: what happened in words, what
 * to do next, never a stack trace; a fault on our side shows the trace id to quote.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ProblemWriter problems;

	ErrorPageController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		SecurityHeaders.writeTo(response);
		if (uri != null && SecurityHeaders.isApi(uri.substring(request.getContextPath().length()))) {
			problems.write(response, ProblemWriter.problem(status, status.getReasonPhrase(), detail(status)));
			return null;
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("kind", kind(status));
		page.addObject("traceId", status.is5xxServerError() ? RequestMetadata.current().correlationId() : null);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(value);
		return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/**
	 * Which friendly text the page shows: its own for the usual errors, else a general
	 * one.
	 */
	static String kind(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, TOO_MANY_REQUESTS ->
				Integer.toString(status.value());
			default -> status.is5xxServerError() ? "500" : "other";
		};
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed, so it was not processed.";
			case NOT_FOUND -> "There is nothing at this address.";
			case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. If it persists, quote the trace id.";
			default -> "The request could not be processed (" + status.getReasonPhrase() + ").";
		};
	}

}
