package dev.lobby.membership;

import dev.lobby.platform.Audited;

/**
 * Something that happened to one membership, published by the membership services in the
 * transaction of the change; the audit trail records it against the member.
 */
public interface MembershipEvent extends Audited {

	String accountUserId();

	/** The person as this account knows them. */
	Person person();

	@Override
	default String objectType() {
		return "AccountUser";
	}

	@Override
	default String objectId() {
		return accountUserId();
	}

}
