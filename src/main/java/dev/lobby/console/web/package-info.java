/**
 * The console's pages. Controllers only translate HTTP and pick texts from the message
 * bundles; the rules and the checks of who may call live in the services they call.
 */
@NullMarked
package dev.lobby.console.web;

import org.jspecify.annotations.NullMarked;
