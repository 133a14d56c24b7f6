package dev.lobby.membership;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.lobby.account.Account;
import dev.lobby.group.Group;
import dev.lobby.group.Module;
import dev.lobby.mail.Delivery;

/**
 * A member as the API and the pages show them: with account, groups, the modules those
 * grant, the status at this moment, while the invitation is pending its link, and where
 * the latest invitation email stands (null when none was sent, e.g. for the founder, or
 * it was purged after the retention).
 */
public record MemberDetails(AccountUser member, Status status, Account account, List<Group> groups,
		List<Module> modules, @Nullable String invitationUrl, @Nullable Delivery invitationDelivery) {

	/**
	 * The member as shown at a moment when their status is {@code status}. The link is
	 * shown only while the invitation can be accepted: pending and not expired (an
	 * expired link's page only says so).
	 */
	static MemberDetails of(AccountUser member, Status status, Account account, List<Group> groups,
			List<Module> modules, InvitationLinks links, @Nullable Delivery invitationDelivery) {
		String url = status == Status.Invited ? links.sharedUrl(member.id(), member.linkGeneration()) : null;
		return new MemberDetails(member, status, account, groups, modules, url, invitationDelivery);
	}

	/**
	 * The invitation's expiry, shown while it awaits an answer, before and after it
	 * expired; none once answered or removed. The list's {@code invitation.expiresAt}
	 * field ({@link AccountUserListFields}) matches and sorts the same members, by the
	 * stored status (expired is stored as invited): {@code ListQueriesContract} checks
	 * they agree.
	 */
	public @Nullable Instant invitationExpiresAt() {
		return status == Status.Invited || status == Status.InvitationExpired ? member.expiresAt() : null;
	}

	/**
	 * Pending, Expired, Accepted, Declined or Revoked (removed before it was accepted).
	 */
	public String invitationStatus() {
		return switch (status) {
			case Invited -> "Pending";
			case InvitationExpired -> "Expired";
			case Active, Blocked -> "Accepted";
			case Declined -> "Declined";
			case Disabled -> member.joinedAt() != null ? "Accepted" : "Revoked";
		};
	}
}
