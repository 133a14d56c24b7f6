package dev.lobby.ratelimit;

import java.time.Duration;

/**
 * Why a check of an hourly limit counted nothing.
 *
 * @param counted the events the last hour already holds (the limit or more)
 * @param retryAfter the wait until one more fits (counting what is known now)
 */
public record Refusal(int counted, Duration retryAfter) {

}
