package dev.lobby.user;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lobby.mail.EmailRequest;
import dev.lobby.mail.Outbox;
import dev.lobby.mail.PasswordChangedEmail;
import dev.lobby.platform.FieldErrors;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.UserId;

/**
 * What a signed-in person changes about themselves in My profile: their names and their
 * password. Nobody else changes these (administrators change only a member's groups).
 */
@Service
public class MyProfile {

	private final UserDirectory directory;

	private final Users users;

	private final SignInThrottle throttle;

	private final PasswordResets resets;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MyProfile(UserDirectory directory, Users users, SignInThrottle throttle, PasswordResets resets, Outbox outbox,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.directory = directory;
		this.users = users;
		this.throttle = throttle;
		this.resets = resets;
		this.outbox = outbox;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Sets the person's names, as every account they joined shows them (those accounts'
	 * memberships follow {@link UserRenamed} in the same transaction); refused under
	 * {@code firstName}/{@code lastName} with what is wrong, changing nothing.
	 */
	public void rename(UserId userId, @Nullable String firstName, @Nullable String lastName) {
		FieldErrors errors = new FieldErrors();
		Optional<Name> first = errors.check(() -> Name.of(Name.FIRST_NAME, firstName));
		Optional<Name> last = errors.check(() -> Name.of(Name.LAST_NAME, lastName));
		errors.throwIfAny();
		String firstValue = first.orElseThrow().value();
		String lastValue = last.orElseThrow().value();
		transactions.executeWithoutResult(status -> {
			users.rename(userId.value(), firstValue, lastValue, Instant.now(clock));
			events.publishEvent(new UserRenamed(userId, firstValue, lastValue));
		});
	}

	/**
	 * Changes the password after checking the current one, which is counted and paused
	 * like a sign-in's (429 over the limit, before any password work), so a session left
	 * open cannot be used to guess it. The owner gets an email saying so, with the way
	 * back; the caller ends the login's other sessions.
	 * @param confirmation the new password typed again
	 */
	public void changePassword(UserId userId, @Nullable String current, @Nullable String next,
			@Nullable String confirmation, @Nullable String clientIp) {
		User user = directory.get(userId);
		Map<String, List<Sentence>> errors = new LinkedHashMap<>();
		List<Sentence> missing = Password.shortcomings(next);
		if (!missing.isEmpty()) {
			errors.put("newPassword", missing);
		}
		else if (next != null && !next.equals(confirmation)) {
			errors.put("confirmation", List.of(Sentence.of("password.confirmation-differs")));
		}
		if (current == null || current.isEmpty()) {
			errors.put("currentPassword", List.of(Sentence.of("password.current-missing")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		throttle.reserveAttempt(userId, clientIp);
		try {
			directory.requirePassword(user, current);
		}
		catch (InvalidInput wrong) {
			throw new InvalidInput("currentPassword", Sentence.of("password.current-wrong"));
		}
		throttle.recordSuccess(userId);
		String hash = directory.hashNewPassword(Password.of(next));
		Locale language = user.pageLanguage().orElse(Locale.ENGLISH);
		transactions.executeWithoutResult(status -> {
			users.changePassword(user.id(), hash, Instant.now(clock));
			outbox.queue(new EmailRequest(null, null, "password-changed", user.email(), language,
					new PasswordChangedEmail(resets.requestPageUrl())));
		});
	}

}
