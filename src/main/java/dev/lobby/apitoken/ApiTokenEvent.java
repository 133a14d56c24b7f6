package dev.lobby.apitoken;

import java.util.Map;

import dev.lobby.platform.Audited;

/**
 * Something that happened to one API token, published by {@link ApiTokenManagement} in
 * the transaction of the change; the audit trail records it against the token. Tokens'
 * records name the token, never its secret.
 */
public interface ApiTokenEvent extends Audited {

	ApiToken token();

	@Override
	default String accountId() {
		return token().accountId();
	}

	@Override
	default String objectType() {
		return "ApiToken";
	}

	@Override
	default String objectId() {
		return token().id();
	}

	@Override
	default Map<String, Object> auditDetails() {
		return Map.of("name", token().name());
	}

}
