package dev.lobby.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Turns the user a page session was signed in for into the {@link PageCaller} of this
 * request; the module that owns the sign-in provides it. Empty when the person may no
 * longer sign in (blocked or removed everywhere meanwhile): the session then ends.
 */
public interface PageCallers {

	/**
	 * @param accountId the account the person chose to act in, if any; another of theirs
	 * when they no longer may act there
	 */
	Optional<PageCaller> resolve(String userId, @Nullable String accountId);

}
