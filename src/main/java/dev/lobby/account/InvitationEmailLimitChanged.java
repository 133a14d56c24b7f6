package dev.lobby.account;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Audited;

/**
 * The operator set how many invitation emails an account may send per hour, or let the
 * default apply again.
 */
public record InvitationEmailLimitChanged(Account account, Actor actor) implements Audited {

	@Override
	public String accountId() {
		return account.id();
	}

	@Override
	public String auditKey() {
		return "lobby.account.invitation-email-limit.changed";
	}

	@Override
	public String auditSummary() {
		Integer perHour = account.invitationEmailsPerHour();
		return perHour == null
				? "Account \"" + account.name() + "\" follows the default limit of invitation emails again"
				: "Account \"" + account.name() + "\" may send " + perHour + " invitation emails per hour";
	}

	@Override
	public String objectType() {
		return "Account";
	}

	@Override
	public String objectId() {
		return account.id();
	}

	@Override
	public Map<String, Object> auditDetails() {
		Integer perHour = account.invitationEmailsPerHour();
		return perHour == null ? Map.of("followsDefault", true) : Map.of("followsDefault", false, "perHour", perHour);
	}

}
