package dev.lobby.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import dev.lobby.MutableClock;
import dev.lobby.mail.CaughtEmail;
import dev.lobby.mail.EmbeddedMailServer;
import dev.lobby.mail.MailDispatcher;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The whole application on a random port with the embedded mail catcher (real SMTP,
 * GreenMail), a clock the tests move, and the dispatcher called by the tests instead of
 * on a schedule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:lobby-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"lobby.invitations.secret=integration-test-secret-0123456789-abcdefghij", "lobby.invitations.secret-file=",
		"lobby.public-url=http://lobby.test", "lobby.mail.dispatcher.enabled=false", "lobby.mail.embedded.enabled=true",
		"lobby.mail.embedded.port=0",
		// Every cached context keeps its pool until the suite ends (one per database,
		// plus the few suites with
		// settings of their own); small pools keep them well under the server's 100
		// connections (races
		// still run on several connections).
		"spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
		// The test clock stands still, so limits never refill: high enough for a whole
		// suite from one address.
		"lobby.api.rate-limit.per-address=1000000", "lobby.api.rate-limit.per-token=1000000",
		"lobby.api.rate-limit.failed-authentications-per-address=1000000" })
@Import(LobbyTestConfiguration.class)
public abstract class LobbyIntegrationTestBase {

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected TestAccounts accounts;

	@Autowired
	protected MailDispatcher dispatcher;

	@Autowired
	protected EmbeddedMailServer mailServer;

	protected Api api(TestAccount account) {
		return new Api(port, account.token());
	}

	protected Api anonymous() {
		return new Api(port, null);
	}

	protected static String uniqueEmail(String name) {
		return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	protected static Map<String, Object> invite(String email, String firstName, String lastName, String... groupIds) {
		return Map.of("user", Map.of("email", email, "firstName", firstName, "lastName", lastName), "groups",
				Arrays.stream(groupIds).map(id -> Map.of("id", id)).toList());
	}

	/** Sends what is due, then returns what reached this address, oldest first. */
	protected List<CaughtEmail> mailTo(String email) {
		while (dispatcher.dispatchDue() > 0) {
			// drain every due batch
		}
		return mailServer.messages()
			.stream()
			.filter(m -> m.to().stream().anyMatch(to -> to.equalsIgnoreCase(email)))
			// Arrival order: ids count up as emails arrive, while receipt times can tie
			// within a millisecond.
			.sorted(Comparator.comparingInt((CaughtEmail m) -> Integer.parseInt(m.id())))
			.toList();
	}

	protected static String codeOf(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private static final Pattern INVITATION_LINK = Pattern
		.compile("http://lobby\\.test/invitations/\\d{12}\\.\\d+\\.[A-Za-z0-9_-]{43}");

	/**
	 * The invitation link an email carries (the emailed link, which only the invitee's
	 * mailbox gets).
	 */
	protected static String invitationLinkIn(CaughtEmail mail) {
		Matcher link = INVITATION_LINK.matcher(mail.text());
		if (!link.find()) {
			throw new AssertionError("No invitation link in: " + mail.text());
		}
		return link.group();
	}

	/**
	 * The membership and generation a link is for ({@code digits.generation}), whichever
	 * of its two links it is.
	 */
	protected static String invitationOf(String url) {
		String code = codeOf(url);
		return code.substring(0, code.lastIndexOf('.'));
	}

	/**
	 * The emailed link of the invitation whose shared link (the one administrators see)
	 * is given.
	 */
	protected String emailedLinkFor(String email, String sharedUrl) {
		return mailTo(email).stream()
			.filter(mail -> INVITATION_LINK.matcher(mail.text()).find())
			.map(LobbyIntegrationTestBase::invitationLinkIn)
			.filter(link -> invitationOf(link).equals(invitationOf(sharedUrl)))
			.reduce((earlier, later) -> later)
			.orElseThrow(
					() -> new AssertionError("No invitation email to " + email + " for " + invitationOf(sharedUrl)));
	}

	/** The emailed link of the latest invitation email to this address. */
	protected String emailedLink(String email) {
		List<CaughtEmail> mails = mailTo(email);
		if (mails.isEmpty()) {
			throw new AssertionError("No email to " + email);
		}
		return invitationLinkIn(mails.get(mails.size() - 1));
	}

	protected static String day(Instant instant) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(instant);
	}

	protected List<JsonNode> auditOf(TestAccount account, String objectId) {
		JsonNode records = api(account).get("/public/v1/audit/records?limit=100").json().get("data");
		return StreamSupport.stream(records.spliterator(), false)
			.filter(r -> r.at("/object/id").asString().equals(objectId))
			.toList();
	}

	protected List<String> eventsOf(TestAccount account, String objectId) {
		List<String> newestFirst = new ArrayList<>(
				auditOf(account, objectId).stream().map(r -> r.get("eventKey").asString()).toList());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
