package dev.lobby.account;

import java.util.Map;

import dev.lobby.platform.Actor;

/** An operator created an account; its default group follows in the same change. */
public record AccountCreated(Account account, Actor actor) implements AccountEvent {

	@Override
	public String auditKey() {
		return "lobby.account.created";
	}

	@Override
	public String auditSummary() {
		return "Account \"" + account.name() + "\" was created";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", account.name(), "type", account.type().name());
	}

}
