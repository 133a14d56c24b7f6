package dev.lobby.membership;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lobby.account.Account;
import dev.lobby.account.Accounts;
import dev.lobby.group.Groups;
import dev.lobby.mail.DeclinedEmail;
import dev.lobby.mail.EmailRequest;
import dev.lobby.mail.InvitationEmail;
import dev.lobby.mail.LoginRegisteredEmail;
import dev.lobby.mail.Outbox;
import dev.lobby.mail.RemovalEmail;
import dev.lobby.platform.Actor;
import dev.lobby.user.PasswordResets;

/**
 * The emails membership changes cause: it listens to the membership events and queues
 * each email in the outbox, in the transaction of the change (the listeners run
 * synchronously, inside it).
 */
@Component
class MembershipEmails {

	static final String INVITE = "invite";
	static final String RESEND = "resend";
	static final String SEND_NEW = "send-new";

	private final Outbox outbox;

	private final AccountUsers members;

	private final Accounts accounts;

	private final Groups groups;

	private final PasswordResets resets;

	MembershipEmails(Outbox outbox, AccountUsers members, Accounts accounts, Groups groups, PasswordResets resets) {
		this.outbox = outbox;
		this.members = members;
		this.accounts = accounts;
		this.groups = groups;
		this.resets = resets;
	}

	@EventListener
	void on(InvitationSent event) {
		invitation(event.invitation(), INVITE);
	}

	@EventListener
	void on(InvitationResent event) {
		invitation(event.invitation(), RESEND);
	}

	@EventListener
	void on(InvitationRenewed event) {
		invitation(event.invitation(), SEND_NEW);
	}

	private void invitation(SentInvitation invitation, String reason) {
		Account account = invitation.account();
		Person invitee = invitation.person();
		outbox
			.queue(new EmailRequest(account.id(), invitation.accountUserId(), reason, invitee.email(), account.locale(),
					new InvitationEmail(account.name(), invitation.invitedBy().displayName(account.name()),
							invitation.invitedBy().userId() != null, invitee.firstName(), invitee.email().value(),
							invitation.expiresAt(),
							new InvitationEmail.Link(invitation.accountUserId(), invitation.generation()))));
	}

	/**
	 * Tells the address that a login was registered for it through a link that proves
	 * nothing about the mailbox (one an administrator could read), so its owner can take
	 * the login back.
	 */
	@EventListener
	void on(InvitationAccepted event) {
		if (event.newUser() && !event.addressProven()) {
			Account account = account(event.accountId());
			outbox
				.queue(new EmailRequest(account.id(), event.accountUserId(), "login-registered", event.person().email(),
						account.locale(), new LoginRegisteredEmail(account.name(), resets.requestPageUrl())));
		}
	}

	@EventListener
	void on(MemberRemoved event) {
		Account account = event.account();
		String remover = AccountUser.Inviter.of(event.actor()).displayName(account.name());
		outbox.queue(new EmailRequest(account.id(), event.accountUserId(), "remove", event.person().email(),
				account.locale(), new RemovalEmail(account.name(), event.person().firstName(), remover)));
	}

	/**
	 * Tells the inviter that the invitation was declined; when a token invited (or the
	 * inviter left the account), the account's active administrators are told instead.
	 */
	@EventListener
	void on(InvitationDeclined event) {
		Account account = account(event.accountId());
		String inviterUserId = event.invitedBy().userId();
		List<Person> recipients = inviterUserId != null
				? members.findLive(account.id(), inviterUserId).map(AccountUser::person).stream().toList()
				: administrators(account);
		if (recipients.isEmpty()) {
			recipients = administrators(account);
		}
		Person invitee = event.person();
		recipients.forEach(recipient -> outbox.queue(new EmailRequest(account.id(), event.accountUserId(), "decline",
				recipient.email(), account.locale(), new DeclinedEmail(account.name(), recipient.firstName(),
						invitee.fullName(), invitee.email().value()))));
	}

	private Account account(String accountId) {
		return accounts.find(accountId).orElseThrow();
	}

	/** The account's active members whose groups grant account management. */
	private List<Person> administrators(Account account) {
		return members.activeMembersInGroups(account.id(),
				groups.grantingModule(account.id(), Actor.ACCOUNT_MANAGEMENT));
	}

}
