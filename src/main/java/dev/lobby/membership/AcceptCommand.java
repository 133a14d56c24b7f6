package dev.lobby.membership;

import org.jspecify.annotations.Nullable;

/**
 * Accepting an invitation: a new user gives names and a password; a user who already has a
 * password proves it (names are then ignored).
 */
public record AcceptCommand(@Nullable String firstName, @Nullable String lastName, @Nullable String password) {
}
