package dev.lobby.platform;

import org.jspecify.annotations.Nullable;

/**
 * Which account a call acts on: the caller's own, or one it names with
 * {@code account=ACC-…} that it may see ({@link Actor#canSee}: operator tokens see every
 * account, client tokens only their own). The account module provides it; modules it
 * depends on (groups, audit, tokens) use it without depending on it. Every service that
 * reads or changes an account's data resolves the account here.
 */
public interface AccountScope {

	/**
	 * The id of the account to act on: the caller's own when {@code accountId} is null
	 * (the caller named none: {@link AccountId#ofNullable}), otherwise that account, if
	 * it exists and the caller may see it (spaces around the id do not matter).
	 * @throws NotFound for an unknown account or one the caller may not see (never told
	 * apart)
	 */
	AccountId accountFor(@Nullable AccountId accountId, Actor actor);

}
