package dev.lobby.membership;

import dev.lobby.platform.Sentence;

/**
 * What an invitation link can still do; each state but USABLE has its own page and
 * sentence.
 */
public enum LinkState {

	USABLE, EXPIRED, USED, REPLACED, REMOVED, DECLINED, UNKNOWN;

	/** What the link's holder is told ({@code invitation.link.<STATE>}). */
	public Sentence sentence() {
		return Sentence.of("invitation.link." + name());
	}

}
