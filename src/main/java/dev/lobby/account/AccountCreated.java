package dev.lobby.account;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Audited;

/** An operator created an account; its default group follows in the same change. */
public record AccountCreated(Account account, Actor actor) implements Audited {

	@Override
	public String accountId() {
		return account.id();
	}

	@Override
	public String auditKey() {
		return "lobby.account.created";
	}

	@Override
	public String auditSummary() {
		return "Account \"" + account.name() + "\" was created";
	}

	@Override
	public String objectType() {
		return "Account";
	}

	@Override
	public String objectId() {
		return account.id();
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", account.name(), "type", account.type().name());
	}

}
