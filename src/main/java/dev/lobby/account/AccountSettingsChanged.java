package dev.lobby.account;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * Someone who manages the account renamed it or changed the language of its emails.
 */
public record AccountSettingsChanged(Account before, Account account, Actor actor) implements AccountEvent {

	@Override
	public String auditKey() {
		return "lobby.account.settings.changed";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.account.settings-changed", account.name());
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", Map.of("name", before.name(), "locale", before.locale().toLanguageTag()));
		details.put("after", Map.of("name", account.name(), "locale", account.locale().toLanguageTag()));
		return details;
	}

}
