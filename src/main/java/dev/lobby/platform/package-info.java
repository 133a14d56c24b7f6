/**
 * The shared kernel every module speaks: who acts ({@code Actor}), ids, names, email
 * addresses, the clock, and the refusals a person can read (exceptions named for what
 * happened, which the HTTP edge maps to statuses).
 */
@NullMarked
package dev.lobby.platform;

import org.jspecify.annotations.NullMarked;
