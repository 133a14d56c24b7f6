/**
 * First start: the operator's account with its first administrator, and the API token an
 * installation script asked for.
 */
@NullMarked
package dev.lobby.bootstrap;

import org.jspecify.annotations.NullMarked;
