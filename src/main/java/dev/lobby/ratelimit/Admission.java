package dev.lobby.ratelimit;

import java.time.Duration;

/**
 * How one check of an hourly limit went.
 *
 * @param admitted whether the event fitted (it is counted then)
 * @param counted the events the last hour already held before this one
 * @param retryAfter when refused, the wait until one more fits (counting what is known
 * now); zero when admitted
 */
public record Admission(boolean admitted, int counted, Duration retryAfter) {

	static Admission admitted(int counted) {
		return new Admission(true, counted, Duration.ZERO);
	}

	static Admission refused(int counted, Duration retryAfter) {
		return new Admission(false, counted, retryAfter);
	}

}
