package dev.lobby.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The one source of "now": every instant Lobby creates comes from this clock. It ticks in
 * microseconds, the precision PostgreSQL (and H2 as configured) store, so an instant in a
 * response to a change is exactly the one every later read shows and a filter on it
 * finds. The ticking is here rather than in {@link Jdbc} because the response to a change
 * is built from the instant in memory, before anything is read back. Tests hand in their
 * own {@link TimeSource} (a clock they move); it ticks through the same microseconds.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final Duration PRECISION = Duration.ofNanos(1_000);

	@Bean
	@Primary
	Clock clock(@TimeSource Optional<Clock> source) {
		return Clock.tick(source.orElseGet(Clock::systemUTC), PRECISION);
	}

}
