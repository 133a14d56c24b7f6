/**
 * Invitation links: codes signed with the server's secret, so a database copy alone
 * cannot build one.
 */
@NullMarked
package dev.lobby.invitation;

import org.jspecify.annotations.NullMarked;
