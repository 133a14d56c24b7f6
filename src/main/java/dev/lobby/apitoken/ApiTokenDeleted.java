package dev.lobby.apitoken;

import dev.lobby.platform.Actor;

/** An API token was deleted. */
public record ApiTokenDeleted(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.deleted";
	}

	@Override
	public String auditSummary() {
		return "API token \"" + token.name() + "\" was deleted";
	}

}
