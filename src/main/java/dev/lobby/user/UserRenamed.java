package dev.lobby.user;

import dev.lobby.platform.UserId;

/**
 * A person's names changed: they registered, gave names with a password reset, or renamed
 * themselves in My profile. Published in the transaction of the change, so what other
 * modules keep of the names (the memberships they joined) changes with it or not at all.
 */
public record UserRenamed(UserId userId, String firstName, String lastName) {

}
