/**
 * API tokens: hashed secrets that authenticate REST calls for one account, limited to
 * modules.
 */
@NullMarked
package dev.lobby.apitoken;

import org.jspecify.annotations.NullMarked;
