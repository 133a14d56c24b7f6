package dev.lobby.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.Account;
import dev.lobby.group.Group;
import dev.lobby.group.GroupManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.FieldErrors;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.Name;
import dev.lobby.platform.Sentence;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;

/**
 * The administrator's side of invitations: invite, resend, copy link, send new. Both the
 * REST API and the pages call these methods; the rules themselves live in
 * {@link AccountUser}. Each change publishes its event (e.g. {@link InvitationResent}),
 * which the audit trail records and {@link MembershipEmails} turns into the email.
 */
@Service
public class InvitationManagement {

	private final MemberAccess access;

	private final AccountUsers members;

	private final UserDirectory users;

	private final GroupManagement groups;

	private final InvitationLinks links;

	private final InvitationProperties settings;

	private final InvitationRateLimits limits;

	private final ApplicationEventPublisher events;

	private final MemberDetailsAssembler details;

	private final Clock clock;

	InvitationManagement(MemberAccess access, AccountUsers members, UserDirectory users, GroupManagement groups,
			InvitationLinks links, InvitationProperties settings, InvitationRateLimits limits,
			ApplicationEventPublisher events, MemberDetailsAssembler details, Clock clock) {
		this.access = access;
		this.details = details;
		this.members = members;
		this.users = users;
		this.groups = groups;
		this.links = links;
		this.settings = settings;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Invites a person into groups and queues their invitation email.
	 * @return the new member as the invite wrote it, with the account, groups and queued
	 * email it holds (nothing is read again to answer)
	 */
	@Transactional
	public MemberDetails invite(AccountId accountId, InviteCommand command, Actor actor) {
		Account account = access.account(accountId, actor);
		ValidInvite input = ValidInvite.of(command);
		List<Group> chosen = groups.requireGroups(AccountId.of(account.id()), input.groupIds(), actor);
		UserDirectory.Obtained obtained = users.obtain(input.email(), input.firstName(), input.lastName());
		User user = obtained.user();
		if (!obtained.created()) {
			// A login made just now belongs to no account yet: only a known one is looked
			// up.
			refuseIfMember(account, user);
		}
		// Counted as the invite's last step, when it commits (so a refusal undoes it
		// all).
		limits.checkAccount(account);
		Instant now = Instant.now(clock);
		// What this account typed, not what the login holds: until the person joins, that
		// is all it sees (ShownPerson).
		Person person = new Person(user.id(), input.email(), input.firstName().value(), input.lastName().value(), null);
		AccountUser member = members.insertWithUnusedId(id -> {
			AccountUser invited = AccountUser.invite(id, account.id(), person, input.groupIds(), actor, now,
					settings.validity());
			return invited;
		}, () -> refuseIfMember(account, user));
		events.publishEvent(
				new InvitationSent(SentInvitation.of(member, account), chosen.stream().map(Group::id).toList(), actor));
		return details.invited(member, account, chosen);
	}

	/**
	 * The live member of the account this address already belongs to, the one
	 * {@link #invite} refuses to invite again; empty when the address may be invited.
	 * Whether the address has a login elsewhere is not told: a login without a membership
	 * here answers exactly like none.
	 * @throws dev.lobby.platform.InvalidInput under {@code email} when the address cannot
	 * be invited as typed
	 */
	@Transactional(readOnly = true)
	public Optional<AccountUser> memberWithEmail(AccountId accountId, @Nullable String email, Actor actor) {
		Account account = access.account(accountId, actor);
		EmailAddress address = EmailAddress.of(email);
		return users.findByEmail(address).flatMap(user -> members.findLive(account.id(), user.id()));
	}

	/** The sentence {@link #invite} refuses an address with that is already a member. */
	public static ActionRefused alreadyAMember(AccountUser existing) {
		return new ActionRefused(Sentence.of("invitation.already-a-member", existing.person().fullName(),
				existing.person().email().value(), existing.id()));
	}

	/**
	 * The names {@link #invite} checks, both at once.
	 * @throws dev.lobby.platform.InvalidInput under {@code firstName} and
	 * {@code lastName}
	 */
	public void checkNames(@Nullable String firstName, @Nullable String lastName) {
		FieldErrors errors = new FieldErrors();
		errors.check(() -> Name.of(Name.FIRST_NAME, firstName));
		errors.check(() -> Name.of(Name.LAST_NAME, lastName));
		errors.throwIfAny();
	}

	/**
	 * The groups {@link #invite} checks: at least one, each of this account.
	 * @throws dev.lobby.platform.InvalidInput under {@code groups}
	 */
	@Transactional(readOnly = true)
	public List<Group> checkGroups(AccountId accountId, Set<String> groupIds, Actor actor) {
		AccountUser.requireGroups(groupIds);
		return groups.requireGroups(accountId, groupIds, actor);
	}

	private void refuseIfMember(Account account, User user) {
		members.findLive(account.id(), user.id()).ifPresent(existing -> {
			throw alreadyAMember(existing);
		});
	}

	/**
	 * Sends the pending invitation again: the same link, its expiry reset.
	 * @return the member as changed, with its groups and the email queued
	 */
	@Transactional
	public MemberDetails resend(AccountId accountId, AccountUserId accountUserId, IfMatch ifMatch, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId, ifMatch);
		member.resend(actor, Instant.now(clock), settings.validity());
		limits.checkResend(account, member);
		members.update(member);
		events.publishEvent(new InvitationResent(SentInvitation.of(member, account), actor));
		return details.requeued(member, account);
	}

	/**
	 * Sends a new invitation for an expired one: a new link, the old one dead.
	 * @return the member as changed, with its groups and the email queued
	 */
	@Transactional
	public MemberDetails sendNew(AccountId accountId, AccountUserId accountUserId, IfMatch ifMatch, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId, ifMatch);
		member.sendNew(actor, Instant.now(clock), settings.validity());
		limits.checkAccount(account);
		members.update(member);
		events.publishEvent(new InvitationRenewed(SentInvitation.of(member, account), actor));
		return details.requeued(member, account);
	}

	/**
	 * The current link of a pending invitation; copying it is audited, since the link
	 * grants access.
	 */
	@Transactional
	public String copyLink(AccountId accountId, AccountUserId accountUserId, Actor actor) {
		Account account = access.account(accountId, actor);
		AccountUser member = access.member(account, accountUserId);
		member.requireCopyableLink(Instant.now(clock));
		events.publishEvent(new InvitationLinkCopied(account.id(), member.id(), member.person(), actor));
		return links.sharedUrl(member.id(), member.linkGeneration());
	}

	/**
	 * The invite form's fields, checked together so a person sees every problem at once.
	 */
	record ValidInvite(EmailAddress email, Name firstName, Name lastName, Set<String> groupIds) {

		static ValidInvite of(InviteCommand command) {
			FieldErrors errors = new FieldErrors();
			Optional<EmailAddress> email = errors.check(() -> EmailAddress.of(command.email()));
			Optional<Name> first = errors.check(() -> Name.of(Name.FIRST_NAME, command.firstName()));
			Optional<Name> last = errors.check(() -> Name.of(Name.LAST_NAME, command.lastName()));
			Optional<Set<String>> groupIds = errors.check(() -> AccountUser.requireGroups(ids(command.groupIds())));
			errors.throwIfAny();
			return new ValidInvite(email.orElseThrow(), first.orElseThrow(), last.orElseThrow(),
					groupIds.orElseThrow());
		}

		/**
		 * The groups chosen, each once; a JSON list may hold nulls, which choose nothing.
		 */
		private static Set<String> ids(@Nullable List<String> groupIds) {
			Set<String> ids = new LinkedHashSet<>();
			if (groupIds != null) {
				groupIds.stream().filter(Objects::nonNull).forEach(ids::add);
			}
			return ids;
		}
	}

}
