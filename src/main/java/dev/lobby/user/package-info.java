/**
 * Users: one login per email address across all accounts, with names and an Argon2id
 * password hash.
 */
@NullMarked
package dev.lobby.user;

import org.jspecify.annotations.NullMarked;
