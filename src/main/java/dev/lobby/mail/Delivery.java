package dev.lobby.mail;

import org.jspecify.annotations.Nullable;

/**
 * Where an email stands: Pending (queued or being retried), Sent (the relay accepted it)
 * or Failed (given up); a failed one says why in a sentence an administrator may read.
 */
public record Delivery(String status, @Nullable String reason) {

	/** An email queued now, not yet handed to the relay. */
	public static Delivery queued() {
		return new Delivery("Pending", null);
	}

}
