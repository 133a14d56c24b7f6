package dev.lobby.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Page sessions live in the database (Spring Session JDBC; the tables come from Flyway,
 * migration 7), so any node serves any request, and they end after
 * {@code lobby.pages.session-idle-timeout} without a request.
 */
@Configuration(proxyBeanMethods = false)
class PageSessionConfiguration {

	/** Runs after Spring Boot's own customizer, which orders itself first. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> pageSessionIdleTimeout(PageProperties settings) {
		return repository -> repository.setDefaultMaxInactiveInterval(settings.sessionIdleTimeout());
	}

}
