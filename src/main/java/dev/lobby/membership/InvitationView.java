package dev.lobby.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an invitation link shows: nothing is changed by looking. For an unusable link only
 * the state is filled in. No view says whether the address has a Lobby login: any
 * administrator of the account holds a link, and must not learn that.
 */
public record InvitationView(LinkState state, @Nullable String accountName, @Nullable String inviterName,
		@Nullable String inviteeEmail, @Nullable Instant expiresAt) {

	static InvitationView of(LinkState state) {
		return new InvitationView(state, null, null, null, null);
	}
}
