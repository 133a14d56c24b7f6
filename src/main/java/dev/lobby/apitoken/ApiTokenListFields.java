package dev.lobby.apitoken;

import dev.lobby.rql.RqlField;
import dev.lobby.rql.RqlFieldTranslator;
import dev.lobby.rql.RqlSchema;

/**
 * What an RQL query on the token list may filter and sort by, as the JSON paths of a
 * token. The {@code account} parameter is not a filter: it picks whose tokens are listed
 * (see the list).
 */
final class ApiTokenListFields {

	static final String ACCOUNT_PARAMETER = "account";

	static final RqlSchema SCHEMA = RqlSchema.builder("t.id")
		.add(RqlField.string("id", "t.id").asSortable())
		.add(RqlField.string("name", "t.name").asSortable())
		.add(RqlField.bool("enabled", "t.enabled").asSortable())
		.add(RqlField.string("modules.id", null)
			.translatedBy(RqlFieldTranslator.exists("SELECT 1 FROM api_token_modules tm WHERE tm.token_id = t.id",
					"tm.module_id")))
		.add(RqlField.instant("createdAt", "t.created_at").asSortable())
		.add(RqlField.instant("lastUsedAt", "t.last_used_at").asSortable())
		.parameter(ACCOUNT_PARAMETER)
		.build();

	private ApiTokenListFields() {
	}

}
