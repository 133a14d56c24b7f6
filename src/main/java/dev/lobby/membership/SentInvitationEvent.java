package dev.lobby.membership;

/**
 * An event that sends the invitation email ({@link InvitationSent},
 * {@link InvitationResent}, {@link InvitationRenewed}): the sent invitation says whose it
 * is.
 */
public interface SentInvitationEvent extends MembershipEvent {

	SentInvitation invitation();

	@Override
	default String accountId() {
		return invitation().account().id();
	}

	@Override
	default String accountUserId() {
		return invitation().accountUserId();
	}

	@Override
	default Person person() {
		return invitation().person();
	}

}
