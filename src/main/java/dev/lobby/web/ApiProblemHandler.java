package dev.lobby.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.RequestMetadata;

/**
 * Every error of the REST API as an RFC 9457 problem document with the request's
 * {@code traceId}; field errors under {@code errors}. Nothing internal (stack traces,
 * SQL) reaches the caller.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	/**
	 * Unique violation (both databases), foreign key violation (PostgreSQL, H2 child
	 * exists, H2 parent missing).
	 */
	private static final Set<String> RACE_STATES = Set.of("23505", "23503", "23506");

	private static final Pattern FAILING_ROW = Pattern.compile("\\s*Detail: Failing row contains[^\\n]*");

	@ExceptionHandler(LobbyException.class)
	ResponseEntity<ProblemDetail> refused(LobbyException e) {
		Refusals refusal = Refusals.of(e);
		ProblemDetail problem = ProblemWriter.problem(refusal.status(), refusal.title(), e.getMessage());
		HttpHeaders headers = new HttpHeaders();
		if (e instanceof InvalidInput invalid) {
			problem.setProperty("errors", invalid.errors());
		}
		if (e instanceof LimitReached tooMany) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
		}
		return ResponseEntity.status(refusal.status())
			.headers(headers)
			.contentType(ProblemWriter.PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A stale version, a deadlock, a lock wait or a serialization failure: another
	 * request got there first.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyFailureException e) {
		return respond(ProblemWriter.problem(HttpStatus.CONFLICT, "Concurrent change",
				"Someone changed this at the same time. Reload it and try again."));
	}

	/**
	 * Only a duplicate key or a vanished referenced row can come from a request saved at
	 * the same time (the rules are checked before writing); any other broken constraint
	 * (a CHECK, NOT NULL, a value too long, a constraint the database cannot evaluate) is
	 * a fault on our side, not a conflict.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		String state = sqlState(e);
		if (!(e instanceof DuplicateKeyException) && (state == null || !RACE_STATES.contains(state))) {
			String traceId = RequestMetadata.current().correlationId();
			// Without a stack trace: PostgreSQL's message carries the failing row, which
			// may hold personal data.
			log.error("Unexpected database error (traceId {}, SQLState {}): {}", traceId, state,
					FAILING_ROW.matcher(String.valueOf(e.getMessage())).replaceAll(""));
			return internalError(traceId);
		}
		log.info("Refused a change that conflicts with one saved at the same time: {}",
				e.getMostSpecificCause().getClass().getSimpleName());
		return respond(ProblemWriter.problem(HttpStatus.CONFLICT, "Conflicting change",
				"The change conflicts with data that was saved at the same time. Reload and try again."));
	}

	/**
	 * The security firewall refusing a part of the request read inside MVC (e.g. a form
	 * parameter name with a line break): bad input, said without echoing the offending
	 * text, which may hold a code or a token.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
		return respond(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request holds characters that are not allowed in a URL, header or parameter name."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		String traceId = RequestMetadata.current().correlationId();
		log.error("Unexpected error (traceId {})", traceId, e);
		return internalError(traceId);
	}

	private static <T> ResponseEntity<T> internalError(@Nullable String traceId) {
		// Every request gets a trace id from CorrelationIdFilter; without one there is
		// nothing to quote.
		String detail = (traceId != null)
				? "Something went wrong on our side. If it persists, quote trace id " + traceId + "."
				: "Something went wrong on our side.";
		return respond(ProblemWriter.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", detail));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		e.getBindingResult()
			.getFieldErrors()
			.forEach(error -> errors.computeIfAbsent(error.getField(), field -> new ArrayList<>())
				.add(error.getDefaultMessage()));
		ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Invalid input",
				errors.size() == 1 ? errors.values().iterator().next().get(0) : "The request has invalid fields.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(ProblemWriter.PROBLEM_JSON).body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(e, RequestSizeLimitFilter.BodyTooLarge.class)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(ProblemWriter.PROBLEM_JSON)
				.body(ProblemWriter.problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
						"The request body is larger than the API accepts."));
		}
		return ResponseEntity.badRequest()
			.contentType(ProblemWriter.PROBLEM_JSON)
			.body(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Malformed request body",
					"The request body is missing or is not valid JSON of the expected shape."));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail detail ? detail
				: ProblemDetail.forStatusAndDetail(status, e.getMessage());
		if (problem.getTitle() == null) {
			problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
		}
		problem.setProperty("traceId", RequestMetadata.current().correlationId());
		// The headers handed in may be read-only (e.g. for 404s), so answer with a copy.
		HttpHeaders answer = new HttpHeaders();
		answer.putAll(headers);
		answer.setContentType(ProblemWriter.PROBLEM_JSON);
		return new ResponseEntity<>(problem, answer, status);
	}

	private static @Nullable String sqlState(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static <T> ResponseEntity<T> respond(ProblemDetail problem) {
		@SuppressWarnings("unchecked")
		T body = (T) problem;
		return ResponseEntity.status(problem.getStatus()).contentType(ProblemWriter.PROBLEM_JSON).body(body);
	}

}
