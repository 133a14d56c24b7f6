package dev.lobby.group;

import dev.lobby.platform.Audited;

/**
 * Something that happened to one group, published by {@link GroupManagement} in the
 * transaction of the change; the audit trail records it against the group.
 */
public interface GroupEvent extends Audited {

	String groupId();

	@Override
	default String objectType() {
		return "UserGroup";
	}

	@Override
	default String objectId() {
		return groupId();
	}

}
