package dev.lobby.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.Account;
import dev.lobby.account.AccountType;
import dev.lobby.account.Accounts;
import dev.lobby.group.Groups;
import dev.lobby.group.Module;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.UserId;
import dev.lobby.user.SignInThrottle;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;
import dev.lobby.user.Users;

/**
 * Signing in to Lobby's pages with an email address and a password, and who a signed-in
 * person is at each request. A person may sign in while they are an active member of at
 * least one account; they act in one of those accounts at a time, with the modules their
 * groups there grant.
 * <p>
 * Password checks go through the same {@link SignInThrottle} as the invitation's accept,
 * and every refusal before the password was checked looks the same whether or not the
 * address has a login: same sentence, same work, same pause after too many failures.
 */
@Service
public class SignIns {

	private final UserDirectory directory;

	private final Users users;

	private final SignInThrottle throttle;

	private final AccountUsers members;

	private final Accounts accounts;

	private final Groups groups;

	private final Clock clock;

	SignIns(UserDirectory directory, Users users, SignInThrottle throttle, AccountUsers members, Accounts accounts,
			Groups groups, Clock clock) {
		this.directory = directory;
		this.users = users;
		this.throttle = throttle;
		this.members = members;
		this.accounts = accounts;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * Checks the address and password and returns the id of the user who signed in.
	 * @throws InvalidInput for a malformed address (under {@code email})
	 * @throws CredentialsNotRecognised when address and password do not belong together
	 * @throws LimitReached when this login or this client address failed too often lately
	 * (before any password work)
	 * @throws NoAccountToSignInTo when the password was right but the person is an active
	 * member of no account
	 */
	public String signIn(@Nullable String email, @Nullable String password, @Nullable String clientIp) {
		EmailAddress address = EmailAddress.of(email);
		Optional<User> login = directory.findByEmail(address).filter(User::hasPassword);
		if (login.isEmpty()) {
			throttle.reserveAttemptWithoutLogin(address, clientIp);
			directory.spendPasswordCheck(password);
			throw new CredentialsNotRecognised();
		}
		User user = login.get();
		throttle.reserveAttempt(UserId.of(user.id()), clientIp);
		try {
			directory.requirePassword(user, password);
		}
		catch (InvalidInput wrong) {
			throw new CredentialsNotRecognised();
		}
		throttle.recordSuccess(UserId.of(user.id()));
		Instant now = Instant.now(clock);
		List<AccountUser> live = members.liveOfUser(user.id());
		if (live.stream().noneMatch(member -> member.status(now) == Status.Active)) {
			// Live but not active: blocked, or an invitation still to answer (or
			// expired).
			throw new NoAccountToSignInTo(live.stream().anyMatch(member -> member.status(now) != Status.Blocked));
		}
		directory.recordSignIn(user.id());
		return user.id();
	}

	/**
	 * Someone who just accepted an invitation on its page is signed in with the password
	 * (or the login) the accept checked: that counts as their sign-in.
	 */
	public void signedInByAccepting(String userId) {
		directory.recordSignIn(userId);
	}

	/**
	 * The signed-in person as they are now, acting in {@code accountId} when they are an
	 * active member there (or an operator: any account), else in the first of their
	 * accounts by name. Empty when they no longer are an active member of any account
	 * (blocked or removed meanwhile), or the login is gone: their session must end.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedInPerson> person(String userId, @Nullable String accountId) {
		Optional<User> found = users.find(userId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		User user = found.get();
		Instant now = Instant.now(clock);
		List<Seat> seats = members.liveOfUser(userId)
			.stream()
			.filter(member -> member.status(now) == Status.Active)
			.flatMap(member -> accounts.find(member.accountId()).map(account -> new Seat(member, account)).stream())
			.sorted(Comparator.comparing((Seat seat) -> seat.account().name())
				.thenComparing(seat -> seat.account().id()))
			.toList();
		if (seats.isEmpty()) {
			return Optional.empty();
		}
		Optional<Seat> chosen = seats.stream().filter(seat -> seat.account().id().equals(accountId)).findFirst();
		List<Account> own = seats.stream().map(Seat::account).toList();
		if (chosen.isEmpty() && accountId != null) {
			Optional<SignedInPerson> visiting = visit(user, seats, accountId, own);
			if (visiting.isPresent()) {
				return visiting;
			}
		}
		Seat current = chosen.orElse(seats.get(0));
		Actor actor = new Actor(Actor.Type.USER, user.id(), user.fullName(), current.account().id(),
				current.account().type() == AccountType.Operations, modulesOf(current));
		return Optional.of(new SignedInPerson(actor, user.email(), user.pageLanguage().orElse(null),
				user.pageTimeZone().orElse(null), current.account(), own, false));
	}

	/**
	 * An operator (Account Management in the Operations account) may act in any other
	 * account, as themselves: the actor is the operator, with the operator's modules, in
	 * that account, so every service sees and records the operator. Empty for anyone
	 * else, or an account that does not exist.
	 */
	private Optional<SignedInPerson> visit(User user, List<Seat> seats, String accountId, List<Account> own) {
		Optional<Seat> operations = seats.stream()
			.filter(seat -> seat.account().type() == AccountType.Operations)
			.filter(seat -> modulesOf(seat).contains(Actor.ACCOUNT_MANAGEMENT))
			.findFirst();
		if (operations.isEmpty()) {
			return Optional.empty();
		}
		return accounts.find(accountId).map(visited -> {
			Actor actor = new Actor(Actor.Type.USER, user.id(), user.fullName(), visited.id(), true,
					modulesOf(operations.get()));
			return new SignedInPerson(actor, user.email(), user.pageLanguage().orElse(null),
					user.pageTimeZone().orElse(null), visited, own, true);
		});
	}

	private Set<String> modulesOf(Seat seat) {
		return groups.findAll(seat.account().id(), seat.member().groupIds())
			.stream()
			.flatMap(group -> group.modules().stream())
			.map(Module::id)
			.collect(Collectors.toSet());
	}

	private record Seat(AccountUser member, Account account) {
	}

}
