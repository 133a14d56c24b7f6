package dev.lobby.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;

/**
 * The signed-in person of a page request, as the pages and their layout need them: the
 * actor they are in the account they act in (what every service checks), and what the
 * navigation shows. Resolved afresh on every request ({@link PageCallers}), so a block or
 * a changed group takes effect at the next click.
 *
 * @param language the language the person chose for the pages; null: the browser's
 * @param timeZone the time zone the person chose for the pages' dates; null: the
 * browser's
 * @param accounts the accounts the person is a member of (the current one too, unless
 * they visit)
 * @param visiting an operator acting in an account they are no member of (the layout says
 * so, with the way back)
 */
public record PageCaller(Actor actor, String email, @Nullable Locale language, @Nullable ZoneId timeZone,
		String accountName, List<AccountChoice> accounts, boolean visiting) {

	public PageCaller {
		accounts = List.copyOf(accounts);
	}

	/** An account the person may switch to. */
	public record AccountChoice(String id, String name) {
	}

	public String name() {
		return actor.name();
	}

	public String userId() {
		return actor.id();
	}

	public AccountId accountId() {
		String account = actor.accountId();
		if (account == null) {
			throw new IllegalStateException("A signed-in person always acts in an account");
		}
		return AccountId.of(account);
	}

	/**
	 * Members of a group with Account Management manage the account: they see Settings.
	 */
	public boolean mayManage() {
		return actor.mayUse(Actor.ACCOUNT_MANAGEMENT);
	}

	/** Administrators of the Operations account see and manage every account. */
	public boolean operator() {
		return actor.operations() && mayManage();
	}

	public boolean severalAccounts() {
		return accounts.size() > 1 || visiting;
	}

}
