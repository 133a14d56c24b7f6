package dev.lobby.membership;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.lobby.account.Account;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;

/**
 * A signed-in person at one request: the actor they are in the account they act in, and
 * every account they may switch to (the current one included, ordered by name).
 *
 * @param language the language they chose for the pages; null: their browser's
 */
public record SignedInPerson(Actor actor, EmailAddress email, @Nullable Locale language, Account account,
		List<Account> accounts) {

	public SignedInPerson {
		accounts = List.copyOf(accounts);
	}

}
