package dev.lobby.account;

import dev.lobby.platform.Audited;

/**
 * Something that happened to one account; the audit trail records it against the account.
 */
public interface AccountEvent extends Audited {

	Account account();

	@Override
	default String accountId() {
		return account().id();
	}

	@Override
	default String objectType() {
		return "Account";
	}

	@Override
	default String objectId() {
		return account().id();
	}

}
