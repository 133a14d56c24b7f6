package dev.lobby.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.lobby.platform.GroupId;

/**
 * What deleting a group needs to know of the memberships that name it. The membership
 * module owns those rows and implements this, so the group module reads none of its
 * tables, and depends on it no more than it did.
 */
public interface GroupMemberships {

	/**
	 * How many live memberships (invited, also when expired, active, blocked) name the
	 * group: the people it still grants modules to.
	 */
	long liveMembers(GroupId groupId);

	/**
	 * {@link #liveMembers(GroupId)} of many groups of one account at once, by group id,
	 * from counts kept with every change (what a page of groups shows); a group nobody
	 * live is in may be missing.
	 */
	Map<String, Long> liveMembers(String accountId, Collection<String> groupIds);

	/**
	 * Unlinks the group from the ended memberships (removed, declined) that still name
	 * it, and drops its counts, so it can be deleted; the memberships' ids, in order.
	 */
	List<String> unlinkEnded(String accountId, GroupId groupId);

}
