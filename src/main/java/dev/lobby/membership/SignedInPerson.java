package dev.lobby.membership;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.lobby.account.Account;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;

/**
 * A signed-in person at one request: the actor they are in the account they act in, and
 * every account they belong to (ordered by name).
 *
 * @param language the language they chose for the pages; null: their browser's
 * @param timeZone the time zone they chose for the pages' dates; null: their browser's
 * @param accounts the accounts they are an active member of (the current one too, unless
 * they visit)
 * @param visiting an operator acting in an account they are no member of
 */
public record SignedInPerson(Actor actor, EmailAddress email, @Nullable Locale language, @Nullable ZoneId timeZone,
		Account account, List<Account> accounts, boolean visiting) {

	public SignedInPerson {
		accounts = List.copyOf(accounts);
	}

}
