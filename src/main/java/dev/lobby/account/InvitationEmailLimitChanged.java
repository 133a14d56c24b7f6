package dev.lobby.account;

import java.util.Map;

import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

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
	public Sentence auditSummary() {
		Integer perHour = account.invitationEmailsPerHour();
		return perHour == null ? Sentence.of("audit.account.limit-default", account.name())
				: Sentence.of("audit.account.limit-own", account.name(), perHour);
	}

	@Override
	public Map<String, Object> auditDetails() {
		Integer perHour = account.invitationEmailsPerHour();
		return perHour == null ? Map.of("followsDefault", true) : Map.of("followsDefault", false, "perHour", perHour);
	}

}
