package dev.lobby.apitoken;

import dev.lobby.platform.Actor;

/** An API token was enabled. */
public record ApiTokenEnabled(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.enabled";
	}

	@Override
	public String auditSummary() {
		return "API token \"" + token.name() + "\" was enabled";
	}

}
