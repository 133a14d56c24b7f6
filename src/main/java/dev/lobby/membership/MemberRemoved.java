package dev.lobby.membership;

import java.util.Map;

import dev.lobby.account.Account;
import dev.lobby.platform.Actor;
import dev.lobby.platform.Sentence;

/** A member was removed from the account; an email tells them. */
public record MemberRemoved(Account account, String accountUserId, Person person, Status previousStatus,
		Actor actor) implements MembershipEvent {

	@Override
	public String accountId() {
		return account.id();
	}

	@Override
	public String auditKey() {
		return "lobby.account-user.removed";
	}

	@Override
	public Sentence auditSummary() {
		return Sentence.of("audit.member.removed", person.fullName());
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("previousStatus", previousStatus.name());
	}

}
