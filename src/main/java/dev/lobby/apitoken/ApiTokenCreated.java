package dev.lobby.apitoken;

import java.util.Map;

import dev.lobby.platform.Actor;

/** An API token was created; its secret is shown once and recorded nowhere. */
public record ApiTokenCreated(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.created";
	}

	@Override
	public String auditSummary() {
		return "API token \"" + token.name() + "\" was created";
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", token.name(), "modules", token.moduleIds().stream().sorted().toList());
	}

}
