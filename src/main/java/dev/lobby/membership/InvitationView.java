package dev.lobby.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an invitation link shows: nothing is changed by looking. For an unusable link only the
 * state is filled in, so a page never reveals whether an address has an account.
 */
public record InvitationView(LinkState state, @Nullable String accountName, @Nullable String inviterName,
		@Nullable String inviteeEmail, @Nullable Instant expiresAt, boolean inviteeHasPassword) {

	static InvitationView of(LinkState state) {
		return new InvitationView(state, null, null, null, null, false);
	}
}
