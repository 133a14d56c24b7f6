/**
 * {@code Idempotency-Key} on creating requests: the first answer's ids are kept for a
 * day, a repeat of the same request gets them again, a different request with the same
 * key is refused.
 */
@NullMarked
package dev.lobby.idempotency;

import org.jspecify.annotations.NullMarked;
