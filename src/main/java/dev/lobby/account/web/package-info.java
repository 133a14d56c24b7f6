/**
 * The accounts REST API; {@link dev.lobby.account.web.AccountJson} is shared with modules
 * that answer with an account.
 */
@NullMarked
@NamedInterface("web")
package dev.lobby.account.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
