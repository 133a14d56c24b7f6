package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RedactingLogFilterUnitTests {

	static final String CODE = "258160502345.1.Qx3vT0k9_zY-8aBcDeFgHiJkLmNoPqRsTuVwXyZ0123";

	@Test
	void theFilterStaysInstalledWhenTheLoggingConfigurationIsReset() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		new RedactingLogFilter();
		// What Spring Boot does when it (re)initialises logging, e.g. for a second
		// application in this JVM.
		context.reset();

		Logger logger = context.getLogger("redaction-test");
		ListAppender<ILoggingEvent> written = new ListAppender<>();
		written.setContext(context);
		written.start();
		logger.addAppender(written);
		logger.info("No mapping for GET /invitations/{}/", CODE);

		assertThat(written.list).singleElement()
			.satisfies(event -> assertThat(event.getFormattedMessage()).doesNotContain(CODE).contains("[redacted]"));
	}

	@Test
	void aThrowableGivenAsTheLastArgumentIsMaskedToo() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		new RedactingLogFilter();
		Logger logger = context.getLogger("redaction-test-throwable");
		ListAppender<ILoggingEvent> written = new ListAppender<>();
		written.setContext(context);
		written.start();
		logger.addAppender(written);
		logger.error("Unexpected error (traceId {})", "t-1",
				new IllegalArgumentException("parameter name \"x\n" + CODE + "\" is not allowed"));

		assertThat(written.list).singleElement().satisfies(event -> {
			assertThat(event.getFormattedMessage()).contains("t-1");
			assertThat(event.getThrowableProxy().getMessage()).doesNotContain(CODE).contains("[redacted]");
		});
	}

}
