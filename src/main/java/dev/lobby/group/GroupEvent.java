package dev.lobby.group;

import dev.lobby.platform.Audited;

/**
 * Something that happened to one group, published by {@link GroupManagement} in the
 * transaction of the change; the audit trail records it against the group.
 */
public interface GroupEvent extends Audited {

	/** The group as it is after the change (as it was, for a deleted one). */
	Group group();

	@Override
	default String accountId() {
		return group().accountId();
	}

	@Override
	default String objectType() {
		return "UserGroup";
	}

	@Override
	default String objectId() {
		return group().id();
	}

}
