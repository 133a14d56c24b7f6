/**
 * The browser console: the front door and sign-in, the account's home, My profile,
 * Settings and the operator's Accounts. Its pages call the same services as the REST API
 * and add no rule of their own.
 */
@NullMarked
package dev.lobby.console;

import org.jspecify.annotations.NullMarked;
