/**
 * Signing with the server's secret: every credential Lobby emails or shows (invitation
 * links, password reset links) carries an HMAC under it, so a copy of the database alone
 * cannot build one.
 */
@NullMarked
package dev.lobby.signing;

import org.jspecify.annotations.NullMarked;
