package dev.lobby.user;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.mail.EmailRequest;
import dev.lobby.mail.Outbox;
import dev.lobby.mail.PasswordResetEmail;
import dev.lobby.mail.PasswordResetLinkSigner;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Jdbc;
import dev.lobby.platform.LobbyProperties;
import dev.lobby.platform.Name;
import dev.lobby.platform.NotFound;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.UserId;
import dev.lobby.signing.Signatures;

/**
 * "Forgot password": a one-time link emailed to the address, valid for
 * {@code lobby.sign-in.reset-validity}. Using it proves the person controls the address,
 * so it also gives a login back to its owner when someone else registered it through a
 * link an administrator could read (docs/security.md).
 */
@Service
public class PasswordResets implements PasswordResetLinkSigner {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private static final String PURPOSE = "lobby-password-reset-v1";

	private final JdbcClient jdbc;

	private final Users users;

	private final UserDirectory directory;

	private final SignInThrottle throttle;

	private final Outbox outbox;

	private final Signatures signatures;

	private final LobbyProperties lobby;

	private final SignInProperties settings;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, Users users, UserDirectory directory, SignInThrottle throttle, Outbox outbox,
			Signatures signatures, LobbyProperties lobby, SignInProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.directory = directory;
		this.throttle = throttle;
		this.outbox = outbox;
		this.signatures = signatures;
		this.lobby = lobby;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Emails a reset link when the address has a login; does nothing otherwise. The
	 * caller answers the same either way, so nobody learns whether an address has a
	 * login. A user gets at most {@code resets-per-hour} links an hour; more requests are
	 * ignored just as quietly.
	 */
	@Transactional
	public void request(EmailAddress email) {
		Optional<User> found = users.findByEmail(email);
		if (found.isEmpty()) {
			return;
		}
		User user = found.get();
		Instant now = Instant.now(clock);
		long lastHour = jdbc.sql("SELECT COUNT(*) FROM password_resets WHERE user_id = :user AND created_at > :since")
			.param("user", user.id())
			.param("since", Jdbc.ts(now.minusSeconds(3600)))
			.query(Long.class)
			.single();
		if (lastHour >= settings.resetsPerHour()) {
			log.info("Password reset for user {} not sent: {} already sent this hour", user.id(), lastHour);
			return;
		}
		String id = UUID.randomUUID().toString().replace("-", "");
		jdbc.sql(
				"INSERT INTO password_resets (id, user_id, created_at, expires_at) VALUES (:id, :user, :now, :expires)")
			.param("id", id)
			.param("user", user.id())
			.param("now", Jdbc.ts(now))
			.param("expires", Jdbc.ts(now.plus(settings.resetValidity())))
			.update();
		// No names: whoever registered the login chose them, and they need not be the
		// owner's.
		outbox.queue(new EmailRequest(null, null, "password-reset", user.email(), Locale.ENGLISH,
				new PasswordResetEmail(id, Math.toIntExact(settings.resetValidity().toMinutes()))));
	}

	/**
	 * What the page of a reset link asks for, before the person types anything: nothing
	 * when the link no longer works; otherwise a password, and the person's names too
	 * when nobody registered the login yet (see {@link #complete}).
	 */
	@Transactional(readOnly = true)
	public Optional<ResetForm> form(String token) {
		return open(token).map(reset -> new ResetForm(namesRequired(reset)));
	}

	/**
	 * @param namesRequired whether the person must give their first and last name
	 */
	public record ResetForm(boolean namesRequired) {
	}

	/**
	 * Sets a new password (and, when given, new names) through a reset link, once. The
	 * address is proven from then on; earlier failed password checks of the user are
	 * forgotten and every other open reset link of the user dies.
	 */
	@Transactional
	public void complete(String token, @Nullable String password, @Nullable String firstName,
			@Nullable String lastName) {
		String id = signatures.idOf(PURPOSE, token)
			.orElseThrow(() -> new NotFound(Sentence.of("refused.password-reset-link-not-found")));
		Reset reset = openById(id).orElseThrow(() -> new ActionRefused(Sentence.of("password-reset.unusable")));
		if (namesRequired(reset)) {
			requireNames(firstName, lastName);
		}
		String hash = directory.hashNewPassword(Password.of(password));
		Instant now = Instant.now(clock);
		int claimed = jdbc.sql("UPDATE password_resets SET used_at = :now WHERE id = :id AND used_at IS NULL")
			.param("now", Jdbc.ts(now))
			.param("id", reset.id())
			.update();
		if (claimed == 0) {
			throw new ActionRefused(Sentence.of("password-reset.raced"));
		}
		jdbc.sql("UPDATE password_resets SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
			.param("now", Jdbc.ts(now))
			.param("user", reset.userId().value())
			.update();
		directory.resetPassword(reset.userId(), hash, firstName == null ? null : Name.of(Name.FIRST_NAME, firstName),
				lastName == null ? null : Name.of(Name.LAST_NAME, lastName));
		throttle.recordSuccess(reset.userId());
		log.info("Password of user {} was reset through an emailed link", reset.userId());
	}

	/**
	 * Never registered: the names on the login are what some inviter typed, not the
	 * person's own.
	 */
	private boolean namesRequired(Reset reset) {
		return !directory.get(reset.userId()).hasPassword();
	}

	private static void requireNames(@Nullable String firstName, @Nullable String lastName) {
		Map<String, List<Sentence>> missing = new LinkedHashMap<>();
		if (firstName == null || firstName.isBlank()) {
			missing.put("firstName", List.of(Sentence.of("password-reset.first-name-missing")));
		}
		if (lastName == null || lastName.isBlank()) {
			missing.put("lastName", List.of(Sentence.of("password-reset.last-name-missing")));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInput(missing);
		}
	}

	/** The page where anyone asks for a reset link for their own address. */
	public String requestPageUrl() {
		return lobby.base() + "/password-resets";
	}

	@Override
	public String url(String resetId) {
		return lobby.base() + "/password-resets/" + signatures.token(PURPOSE, resetId);
	}

	private Optional<Reset> open(String token) {
		return signatures.idOf(PURPOSE, token).flatMap(this::openById);
	}

	/** The reset with this id while it still works: not used, not expired. */
	private Optional<Reset> openById(String id) {
		return jdbc
			.sql("SELECT id, user_id FROM password_resets WHERE id = :id AND used_at IS NULL AND expires_at > :now")
			.param("id", id)
			.param("now", Jdbc.ts(Instant.now(clock)))
			.query((rs, row) -> new Reset(rs.getString("id"), UserId.of(rs.getString("user_id"))))
			.optional();
	}

	private record Reset(String id, UserId userId) {
	}

}
