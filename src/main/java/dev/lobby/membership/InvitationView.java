package dev.lobby.membership;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an invitation link shows: nothing is changed by looking. For an unusable link only
 * the state is filled in. No view says whether the address has a Lobby login: any
 * administrator of the account holds a link, and must not learn that.
 *
 * @param inviterName the person who sent the invitation; null when an API token did (the
 * pages then name the account)
 * @param firstName the first name the inviter typed (a registration's suggestion)
 * @param lastName the last name the inviter typed
 * @param groups the names of the groups the invitee will be in, by name
 * @param emailedLink whether the link is the one of the invitation email, which lets an
 * existing login accept (a property of the link, not of the address)
 */
public record InvitationView(LinkState state, @Nullable String accountName, @Nullable String inviterName,
		@Nullable String inviteeEmail, @Nullable Instant expiresAt, @Nullable String firstName,
		@Nullable String lastName, List<String> groups, boolean emailedLink) {

	public InvitationView {
		groups = List.copyOf(groups);
	}

	static InvitationView of(LinkState state) {
		return new InvitationView(state, null, null, null, null, null, null, List.of(), false);
	}

	public boolean usable() {
		return state == LinkState.USABLE;
	}

}
