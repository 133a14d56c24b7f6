package dev.lobby.account;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** An operator created an account; its default group follows in the same change. */
public record AccountCreated(Account account, Actor actor) implements AccountEvent {

	@Override
	public String auditKey() {
		return "lobby.account.created";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.account.created", account.name());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", account.name(), "type", account.type().name());
	}

}
