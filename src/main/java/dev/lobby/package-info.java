/**
 * Lobby: manages who belongs to an organisation's account. Each sub-package is a module.
 */
@NullMarked
package dev.lobby;

import org.jspecify.annotations.NullMarked;
