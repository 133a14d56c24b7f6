package dev.lobby.account.web;

import java.time.Instant;

import dev.lobby.account.Account;

/**
 * An account as the REST API shows it; other modules that answer with an account use it
 * too.
 */
public record AccountJson(String id, String href, String name, String type, String locale, Instant createdAt) {

	public static String href(String accountId) {
		return "/public/v1/accounts/accounts/" + accountId;
	}

	public static AccountJson of(Account account) {
		return new AccountJson(account.id(), href(account.id()), account.name(), account.type().name(),
				account.locale().toLanguageTag(), account.created().at());
	}
}
