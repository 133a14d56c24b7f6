/**
 * The audit trail: one record per change, with actor, object, time and request metadata.
 */
@NullMarked
package dev.lobby.audit;

import org.jspecify.annotations.NullMarked;
