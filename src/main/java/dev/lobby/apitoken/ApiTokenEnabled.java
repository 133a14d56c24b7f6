package dev.lobby.apitoken;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** An API token was enabled. */
public record ApiTokenEnabled(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.enabled";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.api-token.enabled", token.name());
	}

}
