package dev.lobby.membership.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.lobby.membership.InviteCommand;
import dev.lobby.web.RequestExample;

/** {@code {"user":{"email","firstName","lastName"},"groups":[{"id"}]}} */
@RequestExample("""
		{"user": {"email": "sam.smith@example.com", "firstName": "Sam", "lastName": "Smith"},
		 "groups": [{"id": "UGR-2741-6679"}]}""")
record InviteRequest(@Nullable UserFields user, @Nullable List<GroupRef> groups) {

	record UserFields(@Nullable String email, @Nullable String firstName, @Nullable String lastName) {
	}

	record GroupRef(@Nullable String id) {
	}

	InviteCommand toCommand() {
		UserFields fields = user == null ? new UserFields(null, null, null) : user;
		return new InviteCommand(fields.email(), fields.firstName(), fields.lastName(), ids(groups));
	}

	static List<String> ids(@Nullable List<GroupRef> groups) {
		return groups == null ? List.of()
				: groups.stream().filter(Objects::nonNull).map(GroupRef::id).filter(Objects::nonNull).toList();
	}
}
