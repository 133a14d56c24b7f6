package dev.lobby.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PageClient;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople;
import dev.lobby.support.TestPeople.Person;

/**
 * The Users grid's ••• menus over plain HTTP, on each database, as a browser whose htmx
 * did not run sends them: every row's actions post the page's one action form (its CSRF
 * field and the grid's state) to the action's own address with the member's version, so a
 * page weighs no form per row, a stale version is still refused, and the answer comes
 * back to the grid as it was.
 */
abstract class UsersPageActionsContract extends LobbyIntegrationTestBase {

	private static final Pattern ROW = Pattern.compile("<tr data-member=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern ACTION_FORM = Pattern.compile("<form[^>]*id=\"member-action\"[^>]*>(.*?)</form>",
			Pattern.DOTALL);

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestPeople people;

	@BeforeEach
	void forgetAttempts() {
		jdbc.sql("DELETE FROM sign_in_failures").update();
	}

	PageClient signedIn(Person person) {
		PageClient browser = new PageClient(port);
		assertThat(browser.signIn(person.email(), person.password()).statusCode()).isEqualTo(302);
		return browser;
	}

	String status(TestAccount account, Person member) {
		return api(account).get(account.users() + "/" + member.id()).at("/status");
	}

	static int count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1;
	}

	static List<String> rows(String page) {
		return ROW.matcher(page).results().map(found -> found.group(1)).toList();
	}

	static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/**
	 * What the browser posts when the row's menu item is clicked: where, and which
	 * fields.
	 */
	record Post(String path, Map<String, String> fields) {

		/** The item of the menu in the row of the member. */
		static Post of(String page, String memberId, String item) {
			String row = ROW.matcher(page)
				.results()
				.filter(found -> found.group(1).equals(memberId))
				.map(found -> found.group(2))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row of " + memberId));
			return in(row, page, item);
		}

		/** The item of the menu found in {@code menu}, a part of {@code page}. */
		static Post in(String menu, String page, String item) {
			Matcher button = Pattern.compile("<button([^>]*)>" + Pattern.quote(item) + "</button>").matcher(menu);
			assertThat(button.find()).as("the menu offers %s", item).isTrue();
			String attributes = button.group(1);
			assertThat(attribute(attributes, "type")).isEqualTo("submit");
			assertThat(attribute(attributes, "form")).isEqualTo("member-action");
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher form = ACTION_FORM.matcher(page);
			assertThat(form.find()).as("the page's action form").isTrue();
			assertThat(form.group(1)).as("the action form's CSRF field").contains("name=\"_csrf\"");
			HIDDEN.matcher(form.group(1))
				.results()
				.filter(hidden -> !hidden.group(1).equals("_csrf"))
				.forEach(hidden -> fields.put(hidden.group(1), unescape(hidden.group(2))));
			fields.put(attribute(attributes, "name"), attribute(attributes, "value"));
			return new Post(attribute(attributes, "formaction"), fields);
		}

		private static String attribute(String attributes, String name) {
			Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
			assertThat(value.find()).as("the button's %s", name).isTrue();
			return unescape(value.group(1));
		}

	}

	@Test
	void aPageOfTenRowsHoldsNoMoreFormsThanAPageOfOne() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");
		people.enrolMany(acme, "Member", "Many", 12);
		PageClient browser = signedIn(alex);

		String ten = browser.get("/settings/users").body();
		String one = browser.get("/settings/users?q=Alex").body();
		assertThat(rows(ten)).hasSize(10);
		assertThat(rows(one)).hasSize(1);
		assertThat(count(ten, "<form")).isEqualTo(count(one, "<form"));
		assertThat(count(ten, "name=\"_csrf\"")).isEqualTo(count(one, "name=\"_csrf\""));
		// Every row that can be blocked posts the page's one form.
		assertThat(rows(ten).stream().filter(id -> !id.equals(alex.id())).map(id -> Post.of(ten, id, "Block")))
			.hasSize(rows(ten).contains(alex.id()) ? 9 : 10)
			.allSatisfy(block -> assertThat(block.fields()).containsKeys("version", "state"));
	}

	@Test
	void withoutHtmxAnActionPostsThePagesFormWithTheMembersVersionAndComesBackToTheGrid() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");
		Person kim = people.member(this, acme, "Kim");
		String support = people.supportGroup(this, acme);
		PageClient browser = signedIn(alex);
		String grid = "/settings/users?size=25";
		String page = browser.get(grid).body();
		Post block = Post.of(page, kim.id(), "Block");
		assertThat(block.path()).isEqualTo("/settings/users/" + kim.id() + "/block");
		assertThat(block.fields()).containsEntry("state", "size=25").doesNotContainKey("details");

		assertThat(browser.submit(block.path(), null, block.fields()).statusCode()).as("no CSRF field").isEqualTo(403);
		assertThat(status(acme, kim)).isEqualTo("Active");

		// Someone else changes Kim's groups meanwhile: the version on the page is stale.
		assertThat(api(acme).put(acme.users() + "/" + kim.id() + "/groups", List.of(Map.of("id", support))).status())
			.isEqualTo(200);
		HttpResponse<String> stale = browser.submit(block.path(), page, block.fields());
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(browser.location(stale)).hasValue(grid);
		assertThat(browser.get(grid).body()).contains("Account user " + kim.id() + " was changed since you read it");
		assertThat(status(acme, kim)).isEqualTo("Active");

		String again = browser.get(grid).body();
		Post fresh = Post.of(again, kim.id(), "Block");
		assertThat(fresh.fields().get("version")).isNotEqualTo(block.fields().get("version"));
		HttpResponse<String> blocked = browser.submit(fresh.path(), again, fresh.fields());
		assertThat(browser.location(blocked)).hasValue(grid);
		assertThat(browser.get(grid).body()).contains("Kim Tester was blocked");
		assertThat(status(acme, kim)).isEqualTo("Blocked");
	}

	@Test
	void onTheMembersPageTheSameFormComesBackToThatPage() {
		TestAccount acme = accounts.client("Acme");
		Person alex = people.member(this, acme, "Alex");
		Person kim = people.member(this, acme, "Kim");
		PageClient browser = signedIn(alex);
		String page = browser.get("/settings/users/" + kim.id() + "?back=size%3D25").body();
		assertThat(count(page, "id=\"member-action\"")).isEqualTo(1);
		Post block = Post.in(page, page, "Block");
		assertThat(block.path()).isEqualTo("/settings/users/" + kim.id() + "/block");
		assertThat(block.fields()).containsEntry("state", "size=25").containsEntry("details", "true");

		HttpResponse<String> blocked = browser.submit(block.path(), page, block.fields());
		assertThat(browser.location(blocked)).hasValue("/settings/users/" + kim.id() + "?back=size%3D25");
		assertThat(status(acme, kim)).isEqualTo("Blocked");
	}

}
