package dev.lobby.apitoken;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** An API token was disabled. */
public record ApiTokenDisabled(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.disabled";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.api-token.disabled", token.name());
	}

}
