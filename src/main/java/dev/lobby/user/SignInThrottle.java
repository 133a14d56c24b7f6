package dev.lobby.user;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.Jdbc;
import dev.lobby.platform.LimitReached;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.UserId;

/**
 * Limits password guessing: every password check is first written down as an attempt,
 * counted in a sliding window per user and per client address, so every node sees the
 * same counts. A wrong password leaves its attempt counted; a right one clears the
 * user's. Every place that checks a password (the invitation's accept, the sign-in page)
 * asks this one limiter first.
 * <p>
 * Writing the attempt before counting makes the limit hold under bursts: each attempt is
 * committed before it counts, so of many simultaneous attempts at most the limit go on to
 * a password check (the last of them to count sees all the others); the rest are refused
 * and take their row back. The methods run outside any caller's transaction, each
 * statement committed at once.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final SignInProperties settings;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Writes down one password check about to happen, or refuses it (429) before any
	 * password work when this user or this client address failed too often lately.
	 */
	public void reserveAttempt(UserId userId, @Nullable String clientIp) {
		reserve("user_id", userId.value(), clientIp);
	}

	/**
	 * The same for a sign-in with an address that has no login to check (or none with a
	 * password): counted under the address, with the same limit as a user, so that the
	 * pause after too many failures never tells whether the address has a login.
	 */
	public void reserveAttemptWithoutLogin(EmailAddress login, @Nullable String clientIp) {
		reserve("login_key", login.key(), clientIp);
	}

	/** {@code column} is {@code user_id} or {@code login_key}, never input. */
	private void reserve(String column, String key, @Nullable String clientIp) {
		Instant now = Instant.now(clock);
		String address = addressKey(clientIp);
		KeyHolder generated = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO sign_in_failures (" + column + ", client_ip, occurred_at) VALUES (:key, :ip, :at)")
			.param("key", key)
			.param("ip", address)
			.param("at", Jdbc.ts(now))
			.update(generated, "id");
		long attempt = Objects.requireNonNull(generated.getKey(), "generated id").longValue();
		Instant since = now.minus(settings.failureWindow());
		List<Row> byUser = attempts(column, key, since);
		List<Row> byAddress = address == null ? List.of() : attempts("client_ip", address, since);
		if (byUser.size() > settings.failuresPerUser() || byAddress.size() > settings.failuresPerAddress()) {
			jdbc.sql("DELETE FROM sign_in_failures WHERE id = :id").param("id", attempt).update();
			Instant freed = Instant.MIN;
			if (byUser.size() > settings.failuresPerUser()) {
				freed = later(freed, freedAt(byUser, attempt, settings.failuresPerUser()));
			}
			if (byAddress.size() > settings.failuresPerAddress()) {
				freed = later(freed, freedAt(byAddress, attempt, settings.failuresPerAddress()));
			}
			throw LimitReached.tryAgainIn(Duration.between(now, freed), Sentence.of("sign-in.paused"));
		}
	}

	/**
	 * A successful check forgets the user's attempts (the address's other users' stay
	 * counted).
	 */
	public void recordSuccess(UserId userId) {
		jdbc.sql("DELETE FROM sign_in_failures WHERE user_id = :user").param("user", userId.value()).update();
	}

	/** Deletes attempts that no window counts any more. */
	public int purgeBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM sign_in_failures WHERE occurred_at < :cutoff")
			.param("cutoff", Jdbc.ts(cutoff))
			.update();
	}

	/**
	 * The key an address is counted under: IPv4 as it is, IPv6 by its /64 network, since
	 * one client usually holds a whole /64 and could otherwise take a fresh address for
	 * every guess.
	 */
	static @Nullable String addressKey(@Nullable String clientIp) {
		if (clientIp == null || clientIp.isBlank() || clientIp.indexOf(':') < 0) {
			return clientIp;
		}
		try {
			byte[] bytes = InetAddress.getByName(clientIp.strip()).getAddress();
			if (bytes.length != 16) {
				return clientIp;
			}
			Arrays.fill(bytes, 8, 16, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException notAnAddress) {
			return clientIp;
		}
	}

	private List<Row> attempts(String column, String value, Instant since) {
		// column is one of the constants of this class, never input
		return jdbc
			.sql("SELECT id, occurred_at FROM sign_in_failures WHERE " + column
					+ " = :value AND occurred_at > :since ORDER BY occurred_at, id")
			.param("value", value)
			.param("since", Jdbc.ts(since))
			.query((rs, row) -> new Row(rs.getLong("id"), Jdbc.instant(rs, "occurred_at")))
			.list();
	}

	/**
	 * When enough of the other attempts have left the window for one more to be allowed.
	 */
	private Instant freedAt(List<Row> rows, long own, int limit) {
		List<Instant> others = rows.stream().filter(row -> row.id() != own).map(Row::at).toList();
		int index = Math.max(0, Math.min(others.size() - limit, others.size() - 1));
		return others.isEmpty() ? Instant.now(clock) : others.get(index).plus(settings.failureWindow());
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private record Row(long id, Instant at) {
	}

}
