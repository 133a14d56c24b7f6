package dev.lobby.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.Account;
import dev.lobby.account.AccountManagement;
import dev.lobby.account.AccountType;
import dev.lobby.group.GroupManagement;
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.InvitationManagement;
import dev.lobby.membership.InviteCommand;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

/**
 * Creates a client account and invites its first administrator into the default group, in
 * one transaction: an invitation that is refused leaves no account behind. It lives
 * outside {@code account} because inviting belongs to {@code membership}, which itself
 * depends on accounts.
 */
@Service
public class AccountOnboarding {

	private final AccountManagement accounts;

	private final GroupManagement groups;

	private final InvitationManagement invitations;

	AccountOnboarding(AccountManagement accounts, GroupManagement groups, InvitationManagement invitations) {
		this.accounts = accounts;
		this.groups = groups;
		this.invitations = invitations;
	}

	/** Who administers the new account first; checked by the invitation rules. */
	public record Administrator(@Nullable String email, @Nullable String firstName, @Nullable String lastName) {
	}

	public record Onboarded(Account account, AccountUser administrator) {
	}

	/**
	 * Only the operator creates accounts: {@link AccountManagement#create} refuses
	 * everybody else first.
	 */
	@Transactional
	public Onboarded onboard(@Nullable String name, @Nullable Administrator administrator, Actor actor) {
		Account account = accounts.create(name, AccountType.Client, actor);
		Administrator first = administrator == null ? new Administrator(null, null, null) : administrator;
		AccountId accountId = AccountId.of(account.id());
		InviteCommand invite = new InviteCommand(first.email(), first.firstName(), first.lastName(),
				List.of(groups.defaultGroup(accountId, actor).id()));
		try {
			return new Onboarded(account, invitations.invite(accountId, invite, actor).member());
		}
		catch (InvalidInput e) {
			// The invitation's fields arrive nested under "administrator"; name them as
			// the caller sent them.
			Map<String, List<Sentence>> errors = new LinkedHashMap<>();
			e.sentences().forEach((field, sentences) -> errors.put("administrator." + field, sentences));
			throw new InvalidInput(errors);
		}
	}

}
