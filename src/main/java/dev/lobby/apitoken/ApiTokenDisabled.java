package dev.lobby.apitoken;

import dev.lobby.platform.Actor;

/** An API token was disabled. */
public record ApiTokenDisabled(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.disabled";
	}

	@Override
	public String auditSummary() {
		return "API token \"" + token.name() + "\" was disabled";
	}

}
