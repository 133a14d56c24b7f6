package dev.lobby.account;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.lobby.rql.RqlField;
import dev.lobby.rql.RqlSchema;

/**
 * What an RQL query on the account list may filter and sort by, and the columns behind
 * it.
 */
final class AccountListFields {

	static final RqlSchema SCHEMA = RqlSchema.builder("a.id")
		.add(RqlField.string("id", "a.id").asSortable())
		.add(RqlField.string("name", "a.name").asSortable())
		.add(RqlField
			.enumeration("type", "a.type",
					Arrays.stream(AccountType.values()).map(AccountType::name).collect(Collectors.toSet()))
			.asSortable())
		.add(RqlField.instant("audit.created.at", "a.created_at").asSortable())
		.build();

	private AccountListFields() {
	}

}
