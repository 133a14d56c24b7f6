package dev.lobby.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.UserId;

/**
 * Finds or creates users by email, registers invitees (names and password) and checks
 * passwords. Passwords are hashed with Argon2id.
 */
@Service
public class UserDirectory {

	private static final Pattern SETTING_NAME = Pattern.compile("[a-z][a-zA-Z.-]{0,59}");

	private static final int MAX_SETTING_LENGTH = 500;

	private final Users users;

	private final Clock clock;

	private final PasswordHashes passwords;

	private final ApplicationEventPublisher events;

	/**
	 * A hash no password matches, made on first use (see {@link #spendPasswordCheck}).
	 */
	private volatile @Nullable String unusableHash;

	UserDirectory(Users users, Clock clock, SignInProperties settings, ApplicationEventPublisher events) {
		this.users = users;
		this.clock = clock;
		this.events = events;
		this.passwords = new PasswordHashes(settings.concurrentPasswordHashesOrProcessors(),
				settings.passwordHashWait());
	}

	/**
	 * The user with this email, or a new one without a password. An existing user keeps
	 * the names they gave themselves: an administrator's spelling does not overwrite
	 * them.
	 */
	@Transactional
	public User findOrCreate(EmailAddress email, Name firstName, Name lastName) {
		return obtain(email, firstName, lastName).user();
	}

	/**
	 * A user found or just created; a new one belongs to nothing yet, which saves its
	 * callers the reads that would say so.
	 */
	public record Obtained(User user, boolean created) {
	}

	/**
	 * As {@link #findOrCreate}, and says whether the user is new. Inserts first and reads
	 * only when the insert wrote nothing: most people invited are new, and a new one then
	 * costs one statement instead of a read before it; a known one costs the insert that
	 * wrote nothing and the read.
	 */
	@Transactional
	public Obtained obtain(EmailAddress email, Name firstName, Name lastName) {
		return RandomIds.insertUnused("USR", 2, id -> {
			User user = new User(id, email, firstName.value(), lastName.value(), null, Instant.now(clock), null, null,
					null, null);
			if (users.insertIfUnused(user)) {
				return Optional.of(new Obtained(user, true));
			}
			// Taken: the id, or the address by a concurrent request (now committed).
			return users.findByEmail(email).map(existing -> new Obtained(existing, false));
		});
	}

	/**
	 * A user who can sign in at once: the bootstrap administrator, whose address the
	 * operator configured, so it counts as proven.
	 */
	@Transactional
	public User createWithPassword(EmailAddress email, Name firstName, Name lastName, Password password) {
		return create(email, firstName, lastName, hashNewPassword(password), Instant.now(clock));
	}

	private User create(EmailAddress email, Name firstName, Name lastName, @Nullable String passwordHash,
			@Nullable Instant verifiedAt) {
		return RandomIds.insertUnused("USR", 2, id -> {
			User user = new User(id, email, firstName.value(), lastName.value(), passwordHash, Instant.now(clock), null,
					verifiedAt, null, null);
			if (users.insertIfUnused(user)) {
				return Optional.of(user);
			}
			if (users.findByEmail(email).isPresent()) {
				throw new DuplicateKeyException("A user with this address exists already");
			}
			return Optional.empty();
		});
	}

	/** Hashes a new password; slow on purpose, so call it before taking locks. */
	public String hashNewPassword(Password password) {
		return passwords.encode(password.secret());
	}

	/**
	 * Sets names and the (already hashed) password of an invitee who registers. A login
	 * that has a password is never overwritten: the first registration wins, atomically,
	 * and any other is refused with {@link AlreadyRegistered} (the caller's transaction
	 * then rolls back whole). The names are published as {@link UserRenamed}.
	 * @param addressProven whether the registration came with proof that the person reads
	 * the address's mail
	 */
	@Transactional
	public void register(UserId userId, Name firstName, Name lastName, String passwordHash, boolean addressProven) {
		Instant now = Instant.now(clock);
		boolean registered = users.register(userId.value(), firstName.value(), lastName.value(), passwordHash,
				addressProven ? now : null, now);
		if (!registered) {
			throw new AlreadyRegistered();
		}
		events.publishEvent(new UserRenamed(userId, firstName.value(), lastName.value()));
	}

	/**
	 * Sets a new password (and names, when given: then published as {@link UserRenamed})
	 * after the person proved the address.
	 */
	@Transactional
	void resetPassword(UserId userId, String passwordHash, @Nullable Name firstName, @Nullable Name lastName) {
		users.resetPassword(userId.value(), passwordHash, firstName == null ? null : firstName.value(),
				lastName == null ? null : lastName.value(), Instant.now(clock));
		if (firstName != null || lastName != null) {
			User renamed = get(userId);
			events.publishEvent(new UserRenamed(userId, renamed.firstName(), renamed.lastName()));
		}
	}

	/**
	 * Records that the person proved they read the address's mail (an emailed link was
	 * used).
	 */
	@Transactional
	public void markAddressProven(UserId userId) {
		users.markAddressProven(userId.value(), Instant.now(clock));
	}

	/**
	 * Spends the time of one password check where there is no hash to check against (an
	 * address without a login, a login without a password), so that how long a sign-in
	 * takes never tells whether the address has a login.
	 */
	public void spendPasswordCheck(@Nullable String password) {
		passwords.matches(password == null ? "" : password, unusableHash());
	}

	private String unusableHash() {
		String hash = unusableHash;
		if (hash == null) {
			hash = passwords.encode(UUID.randomUUID().toString());
			unusableHash = hash;
		}
		return hash;
	}

	/** Records that the person signed in now (their members' "last sign-in"). */
	@Transactional
	public void recordSignIn(String userId) {
		users.recordSignIn(userId, Instant.now(clock));
	}

	/** Sets the language of the person's pages; null follows the browser again. */
	@Transactional
	public void chooseLanguage(String userId, @Nullable Locale language) {
		users.setLanguage(userId, language == null ? null : language.toLanguageTag(), Instant.now(clock));
	}

	/**
	 * One of the person's own page settings (e.g. the columns they hide), as the page
	 * that owns it stored it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> setting(UserId userId, String name) {
		return users.setting(userId.value(), settingName(name));
	}

	/** Keeps one of the person's page settings; null forgets it. */
	@Transactional
	public void saveSetting(UserId userId, String name, @Nullable String value) {
		if (value != null && value.length() > MAX_SETTING_LENGTH) {
			throw new InvalidInput(name, Sentence.of("setting.too-long"));
		}
		users.saveSetting(userId.value(), settingName(name), value, Instant.now(clock));
	}

	private static String settingName(String name) {
		if (!SETTING_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a setting name: " + name);
		}
		return name;
	}

	/** Sets the time zone of the person's pages; null follows the browser again. */
	@Transactional
	public void chooseTimeZone(String userId, @Nullable ZoneId zone) {
		users.setTimeZone(userId, zone == null ? null : zone.getId(), Instant.now(clock));
	}

	/** Refuses a wrong password with the same sentence whatever was wrong. */
	public void requirePassword(User user, @Nullable String password) {
		if (password == null || password.isEmpty() || !user.hasPassword() || password.length() > Password.MAX_LENGTH
				|| !passwords.matches(password, user.passwordHash())) {
			throw new InvalidInput("password", Sentence.of("password.wrong"));
		}
	}

	@Transactional(readOnly = true)
	public User get(UserId userId) {
		return users.find(userId.value()).orElseThrow(userId::notFound);
	}

	@Transactional(readOnly = true)
	public Optional<User> findByEmail(EmailAddress email) {
		return users.findByEmail(email);
	}

}
