package dev.lobby.database;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health ({@code databaseWrites}) is UP only while the writes Lobby depends on succeed:
 * an account, a login, an invited member who then declines and a queued email, checked by
 * every constraint of those tables, in a transaction that is always rolled back. Reading
 * ({@code db}) can work while every write fails, as H2's session-bound constraints
 * showed; a load balancer should see that.
 */
@Component("databaseWrites")
class DatabaseWritesHealthIndicator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWritesHealthIndicator.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DatabaseWritesHealthIndicator(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setTimeout((int) TIMEOUT.toSeconds());
		this.clock = clock;
	}

	@Override
	public Health health() {
		try {
			transaction.executeWithoutResult(status -> {
				status.setRollbackOnly();
				writeProbe();
			});
			return Health.up().build();
		}
		catch (DataAccessException e) {
			log.error("Health: a rolled-back test write failed, so changes fail too: {}",
					e.getMostSpecificCause().toString());
			return Health.down()
				.withDetail("error",
						"Writes to the database fail: " + e.getMostSpecificCause().getClass().getSimpleName())
				.build();
		}
	}

	/**
	 * Rows in the shapes the application writes, under ids no real row has (rolled back
	 * in any case).
	 */
	private void writeProbe() {
		byte[] random = new byte[4];
		RANDOM.nextBytes(random);
		String tag = HexFormat.of().withUpperCase().formatHex(random);
		String account = "HLT-" + tag;
		String user = "HLTU-" + tag;
		String member = "HLTM-" + tag;
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO accounts (id, name, type, locale, created_at, created_by_id, created_by_name)
				VALUES (:account, 'Health check', 'Client', 'en', :now, 'SYSTEM', 'Health check')""")
			.param("account", account)
			.param("now", now)
			.update();
		jdbc.sql("""
				INSERT INTO users (id, email, email_key, first_name, last_name, created_at, updated_at)
				VALUES (:user, :email, :emailKey, 'Health', 'Check', :now, :now)""")
			.param("user", user)
			.param("email", tag + "@health.invalid")
			.param("emailKey", tag.toLowerCase() + "@health.invalid")
			.param("now", now)
			.update();
		jdbc.sql(
				"""
						INSERT INTO account_users (id, account_id, user_id, status, live_user_id, link_generation,
						    invitation_expires_at, invited_by_id, invited_by_name, version, created_at, created_by_id,
						    created_by_name, updated_at, updated_by_id, updated_by_name, shown_email, shown_first_name,
						    shown_last_name)
						VALUES (:member, :account, :user, 'Invited', :user, 1, :expiresAt, 'SYSTEM', 'Health check', 1, :now, 'SYSTEM',
						    'Health check', :now, 'SYSTEM', 'Health check', :email, 'Health', 'Check')""")
			.param("member", member)
			.param("account", account)
			.param("user", user)
			.param("expiresAt", now.plusDays(1))
			.param("now", now)
			.param("email", tag + "@health.invalid")
			.update();
		jdbc.sql(
				"UPDATE account_users SET status = 'Declined', live_user_id = NULL, ended_at = :now WHERE id = :member")
			.param("now", now)
			.param("member", member)
			.update();
		jdbc.sql("""
				INSERT INTO outbound_emails (account_id, account_user_id, template, reason, recipient, locale, model,
				    status, attempts, next_attempt_at, created_at)
				VALUES (:account, :member, 'health', 'health', :email, 'en', '{}', 'Pending', 0, :now, :now)""")
			.param("account", account)
			.param("member", member)
			.param("email", tag + "@health.invalid")
			.param("now", now)
			.update();
	}

}
