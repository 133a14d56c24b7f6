package dev.lobby.apitoken;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** An API token was created; its secret is shown once and recorded nowhere. */
public record ApiTokenCreated(ApiToken token, Actor actor) implements ApiTokenEvent {

	@Override
	public String auditKey() {
		return "lobby.api-token.created";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.api-token.created", token.name());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("name", token.name(), "modules", token.moduleIds().stream().sorted().toList());
	}

}
