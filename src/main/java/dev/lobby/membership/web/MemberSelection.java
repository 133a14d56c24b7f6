package dev.lobby.membership.web;

import java.util.Set;

import dev.lobby.rql.RqlSelect;

/**
 * Which optional parts of an account user a list shows:
 * {@code select=-groups,-modules,-audit,-invitation} drops them (smaller pages for
 * callers that only need names and status). Everything else is always there; naming an
 * optional part with {@code +} is allowed and changes nothing. The query refuses other
 * names (the member schema declares these four as selectable).
 */
record MemberSelection(boolean groups, boolean modules, boolean audit, boolean invitation) {

	static final MemberSelection ALL = new MemberSelection(true, true, true, true);

	static MemberSelection of(RqlSelect select) {
		Set<String> dropped = Set.copyOf(select.removed());
		return new MemberSelection(!dropped.contains("groups"), !dropped.contains("modules"),
				!dropped.contains("audit"), !dropped.contains("invitation"));
	}
}
