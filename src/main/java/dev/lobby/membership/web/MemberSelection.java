package dev.lobby.membership.web;

import java.util.List;
import java.util.Set;

import dev.lobby.platform.rql.RqlException;
import dev.lobby.platform.rql.RqlSelect;

/**
 * Which optional parts of an account user a list shows: {@code select=-groups,-modules,-audit,-invitation}
 * drops them (smaller pages for callers that only need names and status). Everything else is
 * always there; naming an optional part with {@code +} is allowed and changes nothing.
 */
record MemberSelection(boolean groups, boolean modules, boolean audit, boolean invitation) {

	static final MemberSelection ALL = new MemberSelection(true, true, true, true);
	private static final List<String> OPTIONAL = List.of("groups", "modules", "audit", "invitation");

	static MemberSelection of(RqlSelect select) {
		for (String name : concat(select.added(), select.removed())) {
			if (!OPTIONAL.contains(name)) {
				throw new RqlException("select", "select can only add or drop " + String.join(", ", OPTIONAL)
						+ "; '" + name + "' is not one of them.");
			}
		}
		Set<String> dropped = Set.copyOf(select.removed());
		return new MemberSelection(!dropped.contains("groups"), !dropped.contains("modules"), !dropped.contains("audit"),
				!dropped.contains("invitation"));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}
}
