package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Which database failures are a conflict with a concurrent change (409) and which are our
 * fault (500).
 */
class ApiProblemHandlerUnitTests {

	final ApiProblemHandler handler = new ApiProblemHandler();

	@Test
	void aDuplicateKeyOrAVanishedReferencedRowIsAConflictWithAConcurrentChange() {
		assertThat(handler.integrity(new DuplicateKeyException("unique")).getStatusCode().value()).isEqualTo(409);
		assertThat(title(handler.integrity(violation("23503")))).isEqualTo("Conflicting change");
		assertThat(title(handler.integrity(violation("23506")))).isEqualTo("Conflicting change");
	}

	@Test
	void aBrokenCheckNotNullOrLengthIsAnInternalErrorNotAConflict() {
		for (String state : new String[] { "23514", "23513", "23502", "22001" }) {
			ResponseEntity<ProblemDetail> answer = handler.integrity(violation(state));
			assertThat(answer.getStatusCode().value()).as(state).isEqualTo(500);
			assertThat(title(answer)).isEqualTo("Internal error");
		}
		assertThat(handler.integrity(new DataIntegrityViolationException("no SQL state")).getStatusCode().value())
			.isEqualTo(500);
	}

	@Test
	void anInternalErrorQuotesTheTraceIdOnlyWhenThereIsOne() {
		MDC.put("correlationId", "trace-4711");
		try {
			assertThat(handler.integrity(violation("23514")).getBody().getDetail())
				.isEqualTo("Something went wrong on our side. If it persists, quote trace id trace-4711.");
		}
		finally {
			MDC.remove("correlationId");
		}
		assertThat(handler.integrity(violation("23514")).getBody().getDetail())
			.isEqualTo("Something went wrong on our side.");
	}

	@Test
	void aLockThatCouldNotBeTakenIsAConcurrentChange() {
		assertThat(title(handler.concurrentChange(new CannotAcquireLockException("deadlock"))))
			.isEqualTo("Concurrent change");
	}

	private static DataIntegrityViolationException violation(String sqlState) {
		return new DataIntegrityViolationException("SQL [INSERT ...]", new SQLException("refused", sqlState));
	}

	private static String title(ResponseEntity<ProblemDetail> answer) {
		return answer.getBody().getTitle();
	}

}
