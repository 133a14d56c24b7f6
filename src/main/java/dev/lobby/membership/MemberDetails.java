package dev.lobby.membership;

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
