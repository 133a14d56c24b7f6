package dev.lobby.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PageClient;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople;
import dev.lobby.support.TestPeople.Person;

/**
 * The default mode's header links to the dev mailbox with how many emails it caught; the
 * layout's values go into pages, never into a redirect.
 */
class MailboxLinkIntegrationTests extends LobbyIntegrationTestBase {

	private static final Pattern COUNT = Pattern.compile("id=\"mailbox-count\"[^>]*>(\\d+)<");

	@Autowired
	TestPeople people;

	@Test
	void theHeaderCountsTheCaughtEmailsAndFollowsNewOnes() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");
		PageClient browser = new PageClient(port);
		browser.signIn(alex.email(), alex.password());
		mailTo(alex.email());
		int before = mailServer.count();

		String home = browser.get("/").body();
		assertThat(home).contains("href=\"/dev/mailbox\"");
		assertThat(countIn(home)).isEqualTo(before);
		assertThat(home).contains(before + " emails caught");

		String email = uniqueEmail("sam");
		api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		assertThat(mailTo(email)).hasSize(1);
		assertThat(countIn(browser.get("/").body())).isEqualTo(before + 1);
	}

	@Test
	void aRedirectCarriesNoneOfTheLayoutsValuesInItsUrl() {
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Ada", acme.administrators().id());
		PageClient browser = new PageClient(port);
		browser.signIn(admin.email(), admin.password());
		String grid = browser.get("/settings/users").body();
		var chosen = browser.submit("/settings/users/columns", grid, Map.of("show", "email", "state", "status=Active"));
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(browser.location(chosen)).hasValue("/settings/users?status=Active");
	}

	private static int countIn(String page) {
		Matcher found = COUNT.matcher(page);
		assertThat(found.find()).as("the mailbox link's count").isTrue();
		return Integer.parseInt(found.group(1));
	}

}
