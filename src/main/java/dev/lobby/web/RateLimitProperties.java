package dev.lobby.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code lobby.api.rate-limit}: how many API requests each node accepts (a
 * limit of 0 turns that limit off). Counted per node in memory, so behind a load balancer
 * over N nodes a client may get up to N times as much; the defaults sit far above what an
 * integration needs.
 *
 * @param perToken requests one API token may make per {@code window}
 * @param perAddress requests one client address may make per {@code window}, with or
 * without a token
 * @param window the period the two limits above refill over
 * @param failedAuthenticationsPerAddress requests with an unknown, disabled or deleted
 * token one address may make per {@code failedAuthenticationWindow}; beyond, it cannot
 * authenticate at all
 * @param failedAuthenticationWindow the period that limit refills over
 * @param trackedKeys how many tokens and addresses each limit remembers at most (bounds
 * memory)
 */
@ConfigurationProperties("lobby.api.rate-limit")
public record RateLimitProperties(@DefaultValue("3000") long perToken, @DefaultValue("6000") long perAddress,
		@DefaultValue("1m") Duration window, @DefaultValue("20") long failedAuthenticationsPerAddress,
		@DefaultValue("10m") Duration failedAuthenticationWindow, @DefaultValue("100000") int trackedKeys) {

	public RateLimitProperties {
		if (perToken < 0 || perAddress < 0 || failedAuthenticationsPerAddress < 0) {
			throw new IllegalArgumentException("lobby.api.rate-limit limits cannot be negative (0 turns a limit off).");
		}
		if (notPositive(window) || notPositive(failedAuthenticationWindow) || trackedKeys < 1) {
			throw new IllegalArgumentException("lobby.api.rate-limit windows and tracked-keys must be positive.");
		}
	}

	private static boolean notPositive(Duration duration) {
		return duration.isZero() || duration.isNegative();
	}
}
