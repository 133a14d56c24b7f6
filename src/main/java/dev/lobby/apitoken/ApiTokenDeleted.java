package dev.lobby.apitoken;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** An API token was deleted. */
public record ApiTokenDeleted(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.deleted";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.api-token.deleted", token.name());
	}

}
