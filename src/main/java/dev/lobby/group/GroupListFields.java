package dev.lobby.group;

import dev.lobby.rql.RqlField;
import dev.lobby.rql.RqlFieldTranslator;
import dev.lobby.rql.RqlSchema;

/**
 * What an RQL query on the group list may filter and sort by, and the columns behind it.
 */
final class GroupListFields {

	static final RqlSchema SCHEMA = RqlSchema.builder("g.id")
		.add(RqlField.string("id", "g.id").asSortable())
		.add(RqlField.string("name", "g.name").asSortable())
		.add(RqlField.string("description", "g.description").asSortable())
		.add(RqlField.bool("isDefault", "g.is_default").asSortable())
		.add(RqlField.string("modules.id", null)
			.translatedBy(RqlFieldTranslator.exists("SELECT 1 FROM user_group_modules gm WHERE gm.group_id = g.id",
					"gm.module_id")))
		.add(RqlField.instant("audit.created.at", "g.created_at").asSortable())
		.add(RqlField.instant("audit.updated.at", "g.updated_at").asSortable())
		.build();

	private GroupListFields() {
	}

}
