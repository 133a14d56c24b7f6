/**
 * Account users: a user's membership in an account, its invitation lifecycle and the
 * rules of every transition.
 */
@NullMarked
package dev.lobby.membership;

import org.jspecify.annotations.NullMarked;
