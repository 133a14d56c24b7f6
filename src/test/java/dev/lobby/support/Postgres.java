package dev.lobby.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL suites against {@code LOBBY_TEST_PG_URL}. Without it they are skipped
 * on a laptop but run (and fail loudly) in CI ({@code CI} or {@code LOBBY_CI} set), so CI
 * never skips them. Suites use it through {@link PostgresDatabase}.
 */
public final class Postgres implements ExecutionCondition {

	public static final String URL_VARIABLE = "LOBBY_TEST_PG_URL";

	public static String url() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException(URL_VARIABLE + " is not set: CI must provide the PostgreSQL test database "
					+ "(see .ci/run), e.g. jdbc:postgresql://127.0.0.1:5432/lobby_test?user=postgres");
		}
		return url;
	}

	static boolean inCi() {
		return System.getenv("CI") != null || System.getenv("LOBBY_CI") != null;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + URL_VARIABLE);
		}
		if (inCi()) {
			return ConditionEvaluationResult
				.enabled("CI runs every suite; " + URL_VARIABLE + " is missing, so this fails");
		}
		return ConditionEvaluationResult.disabled("Skipped: set " + URL_VARIABLE
				+ " (e.g. jdbc:postgresql://127.0.0.1:5432/lobby_test?user=postgres) to run it");
	}

}
