package dev.lobby.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.lobby.MutableClock;
import dev.lobby.platform.TimeSource;

/** The whole application with a clock tests move and helpers for test data. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TestAccounts.class, TestPeople.class })
public class LobbyTestConfiguration {

	public static final Instant START = Instant.parse("2026-11-26T09:00:00Z");

	/** The time source; the application reads it through its microsecond clock. */
	@Bean
	@TimeSource
	MutableClock lobbyTestClock() {
		return new MutableClock(START);
	}

	@Bean
	DomainEventProbe domainEventProbe() {
		return new DomainEventProbe();
	}

}
