package dev.lobby.group;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.Sentence;

/**
 * A group with how many live members (invited, active, blocked) it has, and why it may
 * not be deleted, if the rules refuse it.
 *
 * @param deletionRefusal the sentence {@link GroupManagement#delete} would refuse with;
 * null: it may be deleted
 */
public record GroupInUse(Group group, long liveMembers, @Nullable Sentence deletionRefusal) {

	public boolean deletable() {
		return deletionRefusal == null;
	}

}
