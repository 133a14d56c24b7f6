package dev.lobby.mail;

import org.jspecify.annotations.Nullable;

/**
 * Where an email stands: Pending (queued or being retried), Sent (the relay accepted it)
 * or Failed (given up); a failed one says why in a sentence an administrator may read.
 */
public record Delivery(String status, @Nullable String reason) {
}
