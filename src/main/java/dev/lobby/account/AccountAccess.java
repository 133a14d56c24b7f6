package dev.lobby.account;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountScope;
import dev.lobby.platform.Actor;

/**
 * The one place an account id becomes an account the actor may see
 * ({@link Actor#canSee}); any other is "not found", exactly like a missing one, so ids of
 * others stay unconfirmed. A bean of its own (not {@link AccountManagement}), so groups
 * and the audit trail, which account management itself uses, can ask it too.
 */
@Component
class AccountAccess implements AccountScope {

	private final Accounts accounts;

	AccountAccess(Accounts accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	Account account(AccountId accountId, Actor actor) {
		return accounts.find(accountId.value())
			.filter(account -> actor.canSee(account.id()))
			.orElseThrow(accountId::notFound);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountId accountFor(@Nullable AccountId accountId, Actor actor) {
		if (accountId != null) {
			return AccountId.of(account(AccountId.of(accountId.value().strip()), actor).id());
		}
		String own = actor.accountId();
		if (own == null) {
			throw new IllegalArgumentException(actor.type() + " " + actor.id() + " acts for no account: name one.");
		}
		return AccountId.of(own);
	}

}
