package dev.lobby.membership;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lobby.account.Account;
import dev.lobby.group.Groups;
import dev.lobby.mail.EmailRequest;
import dev.lobby.mail.Outbox;
import dev.lobby.platform.Actor;

/**
 * The emails membership changes cause, queued in the outbox within the change's
 * transaction.
 */
@Component
class MembershipEmails {

	static final String INVITATION_TEMPLATE = "invitation";
	static final String INVITE = "invite";
	static final String RESEND = "resend";
	static final String SEND_NEW = "send-new";

	private final Outbox outbox;

	private final AccountUsers members;

	private final Groups groups;

	MembershipEmails(Outbox outbox, AccountUsers members, Groups groups) {
		this.outbox = outbox;
		this.members = members;
		this.groups = groups;
	}

	/**
	 * The invitation (on invite, resend and send-new): the link itself is signed only
	 * when sent.
	 */
	void invitation(AccountUser member, Account account, String reason) {
		String inviter = member.invitedBy().displayName(account.name());
		outbox.queue(new EmailRequest(account.id(), member.id(), INVITATION_TEMPLATE, reason, member.person().email(),
				account.locale(),
				Map.of("accountName", account.name(), "inviterName", inviter, "invitedByPerson",
						member.invitedBy().userId() != null, "inviteeFirstName", member.person().firstName(),
						"inviteeEmail", member.person().email().value(), "expiresAt",
						String.valueOf(member.expiresAt()), "invitationLink",
						Map.of("accountUserId", member.id(), "generation", member.linkGeneration()))));
	}

	/**
	 * Tells the address that a login was registered for it through a link that proves
	 * nothing about the mailbox (one an administrator could read), so its owner can take
	 * the login back.
	 */
	void loginRegistered(AccountUser member, Account account, String resetUrl) {
		outbox.queue(new EmailRequest(account.id(), member.id(), "login-registered", "login-registered",
				member.person().email(), account.locale(),
				Map.of("accountName", account.name(), "resetUrl", resetUrl)));
	}

	void removal(AccountUser member, Account account, Actor by) {
		String remover = AccountUser.Inviter.of(by).displayName(account.name());
		outbox.queue(new EmailRequest(account.id(), member.id(), "removal", "remove", member.person().email(),
				account.locale(), Map.of("accountName", account.name(), "firstName", member.person().firstName(),
						"removedByName", remover)));
	}

	/**
	 * Tells the inviter that the invitation was declined; when a token invited (or the
	 * inviter left the account), the account's active administrators are told instead.
	 */
	void declined(AccountUser member, Account account) {
		String inviterUserId = member.invitedBy().userId();
		var recipients = inviterUserId != null
				? members.findLive(account.id(), inviterUserId).map(AccountUser::person).stream().toList()
				: administrators(account);
		if (recipients.isEmpty()) {
			recipients = administrators(account);
		}
		recipients.forEach(recipient -> outbox.queue(
				new EmailRequest(account.id(), member.id(), "declined", "decline", recipient.email(), account.locale(),
						Map.of("accountName", account.name(), "recipientFirstName", recipient.firstName(),
								"inviteeName", member.person().fullName(), "inviteeEmail",
								member.person().email().value()))));
	}

	/** The account's active members whose groups grant account management. */
	private List<Person> administrators(Account account) {
		return members.activeMembersInGroups(account.id(),
				groups.grantingModule(account.id(), Actor.ACCOUNT_MANAGEMENT));
	}

}
