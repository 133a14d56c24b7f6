package dev.lobby.account;

import java.util.Map;

import dev.lobby.platform.Actor;

/**
 * The operator set how many invitation emails an account may send per hour, or let the
 * default apply again.
 */
public record InvitationEmailLimitChanged(Account account, Actor actor) implements AccountEvent {

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
	public Map<String, Object> auditDetails() {
		Integer perHour = account.invitationEmailsPerHour();
		return perHour == null ? Map.of("followsDefault", true) : Map.of("followsDefault", false, "perHour", perHour);
	}

}
