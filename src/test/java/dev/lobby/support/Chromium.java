package dev.lobby.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser suites in Debian's Chromium ({@code LOBBY_CHROMIUM}, else {@code chromium}
 * on the {@code PATH}). Without one they are skipped with a message on a laptop, but run
 * and fail in CI ({@code CI} or {@code LOBBY_CI} set), where {@code .ci/run} installs it.
 */
public final class Chromium implements ExecutionCondition {

	public static final String VARIABLE = "LOBBY_CHROMIUM";

	/** Where Chromium is on this machine, if anywhere. */
	public static Optional<Path> executable() {
		String configured = System.getenv(VARIABLE);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = System.getenv("PATH");
		return Arrays.stream((path == null ? "" : path).split(":"))
			.filter(dir -> !dir.isBlank())
			.flatMap(dir -> Arrays.stream(new String[] { "chromium", "chromium-browser" })
				.map(name -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/** The browser, or the reason CI cannot run without one. */
	public static Path require() {
		return executable().orElseThrow(() -> new IllegalStateException("No Chromium found: CI runs every browser "
				+ "suite (.ci/run installs Debian's chromium), or set " + VARIABLE + " to the browser's binary"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<Path> chromium = executable();
		if (chromium.isPresent()) {
			return ConditionEvaluationResult.enabled("Chromium at " + chromium.get());
		}
		if (Postgres.inCi()) {
			return ConditionEvaluationResult.enabled("CI runs every suite; Chromium is missing, so this fails");
		}
		return ConditionEvaluationResult.disabled("Skipped: no Chromium on this machine (apt-get install chromium, "
				+ "or set " + VARIABLE + " to its binary) to run the browser tests");
	}

}
