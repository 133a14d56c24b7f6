package dev.lobby.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.stereotype.Component;

/**
 * Sees every log event of the process before it is written (Lobby's, Spring's, Tomcat's
 * through the JUL bridge, in plain and in structured JSON logs alike) and writes one that
 * holds an invitation code again with the code masked by {@link LogRedaction}; the
 * original is dropped. Installed into Logback when the application context starts.
 */
@Component
class RedactingLogFilter extends TurboFilter {

	private static final String FQCN = RedactingLogFilter.class.getName();

	private static final int MAX_CAUSES = 10;

	// Set while the masked copy is written, so the copy itself passes.
	private static final ThreadLocal<Boolean> WRITING = ThreadLocal.withInitial(() -> false);

	RedactingLogFilter() {
		setName(FQCN);
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (factory instanceof LoggerContext context) {
			install(context);
			// A reset of the logging configuration (Spring Boot re-initialising logging,
			// another application in the same JVM, a reloaded logback.xml) drops every
			// turbo filter: put it back.
			context.addListener(new Reinstall(this));
		}
	}

	private void install(LoggerContext context) {
		if (context.getTurboFilterList().stream().noneMatch(f -> FQCN.equals(f.getName()))) {
			start();
			context.addTurboFilter(this);
		}
	}

	/** Survives resets of the logger context and re-adds the filter after each. */
	private record Reinstall(RedactingLogFilter filter) implements LoggerContextListener {

		@Override
		public boolean isResetResistant() {
			return true;
		}

		@Override
		public void onReset(LoggerContext context) {
			filter.install(context);
		}

		@Override
		public void onStart(LoggerContext context) {
			filter.install(context);
		}

		@Override
		public void onStop(LoggerContext context) {
		}

		@Override
		public void onLevelChange(Logger logger, Level level) {
		}
	}

	@Override
	public FilterReply decide(@Nullable Marker marker, Logger logger, @Nullable Level level, @Nullable String format,
			Object @Nullable [] params, @Nullable Throwable t) {
		// level is null for isXxxEnabled() checks; events below the logger's level are
		// dropped anyway.
		if (level == null || format == null || WRITING.get() || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		// Without an explicit throwable, SLF4J takes a trailing Throwable argument as the
		// event's throwable.
		FormattingTuple formatted = t != null ? MessageFormatter.arrayFormat(format, params, t)
				: MessageFormatter.arrayFormat(format, params);
		String message = formatted.getMessage();
		Throwable throwable = formatted.getThrowable();
		if (!LogRedaction.needed(message) && !holdsCode(throwable)) {
			return FilterReply.NEUTRAL;
		}
		WRITING.set(true);
		try {
			logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), LogRedaction.redact(message), null,
					redacted(throwable, 0));
		}
		finally {
			WRITING.set(false);
		}
		return FilterReply.DENY;
	}

	private static boolean holdsCode(@Nullable Throwable throwable) {
		for (int depth = 0; throwable != null && depth < MAX_CAUSES; throwable = throwable.getCause(), depth++) {
			if (LogRedaction.needed(throwable.getMessage())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The same chain with masked messages (and the original stack traces, which hold no
	 * data).
	 */
	private static @Nullable Throwable redacted(@Nullable Throwable throwable, int depth) {
		if (throwable == null || depth >= MAX_CAUSES) {
			return null;
		}
		Throwable copy = new Redacted(
				throwable.getClass().getName() + ": " + LogRedaction.redact(throwable.getMessage()),
				redacted(throwable.getCause(), depth + 1));
		copy.setStackTrace(throwable.getStackTrace());
		return copy;
	}

	/** Stands in for an exception whose message held a code. */
	static final class Redacted extends RuntimeException {

		Redacted(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
