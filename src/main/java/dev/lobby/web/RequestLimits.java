package dev.lobby.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The request limits of the API ({@link RateLimitProperties}): token buckets per API
 * token, per client address, and per address for failed authentications, kept in this
 * node's memory and timed by the application's clock. A refusal is a 429 problem whose
 * {@code Retry-After} is the wait until the next request can pass.
 */
@Component
class RequestLimits {

	private final Buckets perToken;

	private final Buckets perAddress;

	private final Buckets failedAuthentications;

	private final ProblemWriter problems;

	RequestLimits(RateLimitProperties settings, Clock clock, ProblemWriter problems) {
		TimeMeter time = new ClockTime(clock);
		this.perToken = new Buckets("API token", settings.perToken(), settings.window(), settings.trackedKeys(), time);
		this.perAddress = new Buckets("address", settings.perAddress(), settings.window(), settings.trackedKeys(),
				time);
		this.failedAuthentications = new Buckets("failed authentication", settings.failedAuthenticationsPerAddress(),
				settings.failedAuthenticationWindow(), settings.trackedKeys(), time);
		this.problems = problems;
	}

	/**
	 * Counts the request against its address; refuses it (answered, returns true) over
	 * the limit.
	 */
	boolean refuseAddress(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return refuse(perAddress.take(request.getRemoteAddr()), response,
				"Too many requests from your address. Slow down and try again in %s.");
	}

	/**
	 * Refuses (answered, returns true) an address that failed to authenticate too often.
	 */
	boolean refuseAuthentication(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return refuse(failedAuthentications.waitFor(request.getRemoteAddr()), response,
				"Too many requests with an unknown, disabled or deleted API token from your address. Try again in %s.");
	}

	/** Counts a request whose token was not accepted. */
	void failedAuthentication(HttpServletRequest request) {
		failedAuthentications.take(request.getRemoteAddr());
	}

	/**
	 * Counts the request against its API token; refuses it (answered, returns true) over
	 * the limit.
	 */
	boolean refuseToken(String tokenId, HttpServletResponse response) throws IOException {
		return refuse(perToken.take(tokenId), response,
				"Too many requests with this API token. Slow down and try again in %s.");
	}

	private boolean refuse(Optional<Duration> wait, HttpServletResponse response, String sentence) throws IOException {
		if (wait.isEmpty()) {
			return false;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		problems.write(response, ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				sentence.formatted(seconds == 1 ? "1 second" : seconds + " seconds")));
		return true;
	}

	/** Buckets of one limit by key, at most {@code trackedKeys} of them. */
	static final class Buckets {

		private static final Logger log = LoggerFactory.getLogger(Buckets.class);

		private final String name;

		private final long capacity;

		private final Duration window;

		private final int trackedKeys;

		private final TimeMeter time;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

		Buckets(String name, long capacity, Duration window, int trackedKeys, TimeMeter time) {
			this.name = name;
			this.capacity = capacity;
			this.window = window;
			this.trackedKeys = trackedKeys;
			this.time = time;
		}

		/** Takes one request; the wait until one would pass when there is none left. */
		Optional<Duration> take(String key) {
			if (capacity == 0) {
				return Optional.empty();
			}
			ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? Optional.empty()
					: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}

		/** The wait until one request would pass, without taking one. */
		Optional<Duration> waitFor(String key) {
			if (capacity == 0) {
				return Optional.empty();
			}
			Bucket bucket = buckets.get(key);
			if (bucket == null || bucket.getAvailableTokens() > 0) {
				return Optional.empty();
			}
			return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
		}

		private Bucket bucket(String key) {
			Bucket bucket = buckets.get(key);
			if (bucket != null) {
				return bucket;
			}
			if (buckets.size() >= trackedKeys) {
				forgetIdle();
			}
			return buckets.computeIfAbsent(key,
					k -> Bucket.builder()
						.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
						.withCustomTimePrecision(time)
						.build());
		}

		/**
		 * A full bucket remembers nothing a new one would not, so those go first; if that
		 * is not enough (a flood of distinct keys), every bucket is forgotten rather than
		 * memory exhausted.
		 */
		private synchronized void forgetIdle() {
			buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
			if (buckets.size() >= trackedKeys * 9L / 10) {
				log.warn("The {} request limit tracks {} keys, its maximum; forgetting them all", name, buckets.size());
				buckets.clear();
			}
		}

	}

	/**
	 * Bucket4j's time from the application's clock, so tests move it instead of sleeping.
	 */
	record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}

}
