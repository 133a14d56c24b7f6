package dev.lobby.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.account.Account;
import dev.lobby.account.Accounts;
import dev.lobby.group.Group;
import dev.lobby.group.Groups;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.FieldErrors;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.NotFound;
import dev.lobby.platform.NotPermitted;
import dev.lobby.platform.RequestMetadata;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.UserId;
import dev.lobby.user.AlreadyRegistered;
import dev.lobby.user.Password;
import dev.lobby.user.SignInThrottle;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;

/**
 * The invitee's side: look at a link, accept it, decline it. The link code is the
 * credential.
 */
@Service
public class InvitationAnswers {

	private final InvitationLinks links;

	private final AccountUsers members;

	private final Accounts accounts;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	private final TransactionTemplate transactions;

	private final Groups groups;

	private final ShownNames shownNames;

	private final Clock clock;

	InvitationAnswers(InvitationLinks links, AccountUsers members, Accounts accounts, UserDirectory users,
			ApplicationEventPublisher events, SignInThrottle throttle, PlatformTransactionManager transactions,
			Groups groups, ShownNames shownNames, Clock clock) {
		this.links = links;
		this.members = members;
		this.accounts = accounts;
		this.users = users;
		this.events = events;
		this.throttle = throttle;
		this.transactions = new TransactionTemplate(transactions);
		this.groups = groups;
		this.shownNames = shownNames;
		this.clock = clock;
	}

	/** What the link shows; never changes anything (mail scanners open links too). */
	@Transactional(readOnly = true)
	public InvitationView view(String code) {
		Optional<Target> target = target(code);
		if (target.isEmpty()) {
			return InvitationView.of(LinkState.UNKNOWN);
		}
		AccountUser member = target.get().member();
		LinkState state = member.linkState(target.get().generation(), Instant.now(clock));
		if (state != LinkState.USABLE) {
			return InvitationView.of(state);
		}
		Account account = accounts.find(member.accountId()).orElseThrow();
		List<String> groupNames = groups.findAll(account.id(), member.groupIds())
			.stream()
			.map(Group::name)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		Person person = member.person();
		// A person by name; an API token is the account's administrators, in the page's
		// language.
		String inviter = member.invitedBy().userId() != null ? member.invitedBy().name() : null;
		return new InvitationView(state, account.name(), inviter, person.email().value(), member.expiresAt(),
				person.firstName(), person.lastName(), groupNames, target.get().addressProven());
	}

	/**
	 * Accepts through a link. A body with names registers a new login; a body with only a
	 * password signs in with an existing one, which needs the emailed link: a password an
	 * inviter can submit through a link they hold is not the person's own proof
	 * (docs/security.md).
	 * <p>
	 * Not one transaction: the slow password work, and the record of a wrong password
	 * (which must stay although the accept is refused), come first, each on its own; the
	 * change itself then commits in a short transaction of its own. No request ever holds
	 * two pooled connections, so a burst of wrong passwords cannot starve the pool.
	 */
	public AccountUser accept(String code, AcceptCommand command) {
		Target target = usableTarget(code);
		AccountUser member = target.member();
		User user = users.get(UserId.of(member.person().userId()));
		Registration registration = null;
		String newPasswordHash = null;
		if (command.registers()) {
			registration = Registration.of(command);
			if (user.hasPassword()) {
				throw new AlreadyRegistered();
			}
			newPasswordHash = users.hashNewPassword(registration.password());
		}
		else {
			if (!target.addressProven()) {
				throw new NotPermitted(
						Sentence.of("invitation.sign-in-needs-emailed-link", member.person().email().value()));
			}
			if (!user.hasPassword()) {
				// A login without a password has to register: this refuses, naming what
				// is missing.
				Registration.of(command);
			}
			requirePassword(user, command, target);
		}
		Registration names = registration;
		String hash = newPasswordHash;
		return transactions.execute(status -> join(target, user, names, hash));
	}

	/**
	 * The change of an accept, once the person proved who they are: one transaction. A
	 * new user comes with their registration and the hash of its password.
	 */
	private AccountUser join(Target target, User user, @Nullable Registration registration,
			@Nullable String newPasswordHash) {
		AccountUser member = target.member();
		// The account learns the person's own names only now that they join: the names
		// they register, or those of the login they signed in with.
		UserId userId = UserId.of(user.id());
		Actor invitee = Actor.invitee(userId, registration != null ? registration.fullName() : user.fullName());
		member.accept(target.generation(), invitee, Instant.now(clock));
		save(member, "accepted");
		if (registration != null && newPasswordHash != null) {
			users.register(userId, registration.firstName(), registration.lastName(), newPasswordHash,
					target.addressProven());
		}
		else {
			users.markAddressProven(userId);
		}
		shownNames.showOwn(member.id(), user.id());
		events.publishEvent(new InvitationAccepted(member.accountId(), member.id(), member.person(), invitee,
				newPasswordHash != null, target.addressProven()));
		return members.findById(member.id()).orElseThrow();
	}

	@Transactional
	public void decline(String code) {
		Target target = usableTarget(code);
		AccountUser member = target.member();
		Actor invitee = Actor.invitee(UserId.of(member.person().userId()), member.person().fullName());
		member.decline(target.generation(), invitee, Instant.now(clock));
		save(member, "declined");
		events.publishEvent(
				new InvitationDeclined(member.accountId(), member.id(), member.person(), member.invitedBy(), invitee));
	}

	/**
	 * A wrong password is only the answer while the invitation is still open: when
	 * another request accepted it meanwhile (and so set the password this one is tested
	 * against), say that instead.
	 */
	private void requirePassword(User user, AcceptCommand command, Target target) {
		String clientIp = RequestMetadata.current().ip();
		UserId userId = UserId.of(user.id());
		throttle.reserveAttempt(userId, clientIp);
		try {
			users.requirePassword(user, command.password());
		}
		catch (InvalidInput wrong) {
			auditFailure(user, target.member());
			members.findById(target.member().id())
				.map(now -> now.linkState(target.generation(), Instant.now(clock)))
				.filter(state -> state != LinkState.USABLE)
				.ifPresent(state -> {
					throw new ActionRefused(state.sentence());
				});
			throw wrong;
		}
		throttle.recordSuccess(userId);
	}

	/**
	 * The attempt stays counted by the throttle; the account's audit trail records it
	 * too.
	 */
	private void auditFailure(User user, AccountUser member) {
		transactions.executeWithoutResult(status ->
		// Named as this account knows the person: the login's own names are not the
		// account's to read.
		events.publishEvent(new InvitationPasswordRejected(member.accountId(), member.id(), member.person(), user.id(),
				Actor.invitee(UserId.of(user.id()), member.person().fullName()))));
	}

	private void save(AccountUser member, String what) {
		try {
			members.update(member);
		}
		catch (ConcurrencyFailureException e) {
			// Another answer to the same link won the race; this one changes nothing.
			throw new ActionRefused(Sentence.of("invitation.raced." + what));
		}
	}

	private Target usableTarget(String code) {
		Target target = target(code).orElseThrow(() -> new NotFound(Sentence.of("refused.invitation-link-not-found")));
		LinkState state = target.member().linkState(target.generation(), Instant.now(clock));
		if (state != LinkState.USABLE) {
			throw new ActionRefused(state.sentence());
		}
		return target;
	}

	private Optional<Target> target(String code) {
		return links.verify(code)
			.flatMap(valid -> members.findById(valid.accountUserId()).map(member -> new Target(member, valid)));
	}

	/**
	 * A new user's registration: names and password, all checked together before any slow
	 * or locking work.
	 */
	private record Registration(Name firstName, Name lastName, Password password) {

		static Registration of(AcceptCommand command) {
			FieldErrors errors = new FieldErrors();
			Optional<Name> first = errors.check(() -> Name.of(Name.FIRST_NAME, command.firstName()));
			Optional<Name> last = errors.check(() -> Name.of(Name.LAST_NAME, command.lastName()));
			Optional<Password> password = errors.check(() -> Password.of(command.password()));
			errors.throwIfAny();
			return new Registration(first.orElseThrow(), last.orElseThrow(), password.orElseThrow());
		}

		String fullName() {
			return firstName.value() + " " + lastName.value();
		}
	}

	private record Target(AccountUser member, int generation, boolean addressProven) {

		Target(AccountUser member, InvitationCode code) {
			this(member, code.generation(), code.addressProven());
		}
	}

}
