/**
 * Onboarding: creating a client account together with the invitation of its first
 * administrator.
 */
@NullMarked
package dev.lobby.onboarding;

import org.jspecify.annotations.NullMarked;
