package dev.lobby.membership;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/**
 * The invitee accepted: the membership is active.
 *
 * @param newUser whether the invitee registered a login to accept
 * @param addressProven whether the link proved the invitee reads the address
 */
public record InvitationAccepted(String accountId, String accountUserId, Person person, Actor actor, boolean newUser,
		boolean addressProven) implements MembershipEvent {

	@Override
	public String auditKey() {
		return "lobby.invitation.accepted";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.invitation.accepted", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("newUser", newUser, "addressProven", addressProven);
	}

}
