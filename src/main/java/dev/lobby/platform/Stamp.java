package dev.lobby.platform;

import java.time.Instant;

/** When and by whom something was created or last changed. */
public record Stamp(Instant at, String byId, String byName) {

	public static Stamp of(Actor actor, Instant at) {
		return new Stamp(at, actor.id(), actor.name());
	}
}
