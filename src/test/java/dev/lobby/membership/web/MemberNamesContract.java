package dev.lobby.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.PageClient;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople;
import dev.lobby.support.TestPeople.Person;

/**
 * The names an account searches and sorts its members by, in the REST list and in the
 * Users grid: a member who joined is found by the names they give themselves, also after
 * renaming themselves in My profile, in every account they joined; before joining only by
 * what the account typed, so neither a search nor an order tells the account what the
 * login is called. Runs on H2 and on PostgreSQL.
 */
abstract class MemberNamesContract extends LobbyIntegrationTestBase {

	private static final Pattern GRID_ROW = Pattern.compile("data-member=\"([^\"]+)\"");

	@Autowired
	TestPeople people;

	@Test
	void aMemberRenamedOnTheirProfileIsFoundAndSortedByTheNewNameInAnotherAccountTheyJoined() {
		TestAccount acme = accounts.client("Acme");
		TestAccount globex = accounts.client("Globex");
		Person lea = people.member(this, acme, "Lea");
		people.join(this, lea, globex);
		String leaAtGlobex = memberId(globex, lea.email());
		Person gina = people.member(this, globex, "Gina");
		String ann = invited(globex, "Ann", "Aaron");
		String zoe = invited(globex, "Zoe", "Young");
		assertThat(ids(api(globex).get(globex.users() + "?ne(id," + gina.id() + ")&order=user.lastName")))
			.containsExactly(ann, leaAtGlobex, zoe);

		PageClient browser = new PageClient(port);
		browser.signIn(lea.email(), lea.password());
		HttpResponse<String> renamed = browser.submit("/profile/names", browser.get("/profile").body(),
				Map.of("firstName", "Leonie", "lastName", "Zander"));
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);

		assertThat(ids(api(globex).get(globex.users() + "?ilike(user.lastName,*ANDE*)"))).containsExactly(leaAtGlobex);
		assertThat(ids(api(globex).get(globex.users() + "?ilike(user.firstName,leon*)"))).containsExactly(leaAtGlobex);
		assertThat(ids(api(globex).get(globex.users() + "?eq(user.lastName,Zander)"))).containsExactly(leaAtGlobex);
		assertThat(ids(api(globex).get(globex.users() + "?and(eq(user.firstName,Lea),ne(id," + gina.id() + "))")))
			.as("the old name is gone")
			.isEmpty();
		assertThat(ids(api(globex).get(globex.users() + "?ne(id," + gina.id() + ")&order=user.lastName")))
			.containsExactly(ann, zoe, leaAtGlobex);
		assertThat(ids(api(globex).get(globex.users() + "?ne(id," + gina.id() + ")&order=-user.lastName")))
			.containsExactly(leaAtGlobex, zoe, ann);
		assertThat(api(globex).get(globex.users() + "/" + leaAtGlobex).at("/user/firstName")).isEqualTo("Leonie");
		assertThat(ids(api(acme).get(acme.users() + "?ilike(user.lastName,*zand*)"))).as("and in Acme")
			.containsExactly(lea.id());

		PageClient admin = new PageClient(port);
		admin.signIn(gina.email(), gina.password());
		assertThat(gridRows(admin, "q=zand")).containsExactly(leaAtGlobex);
		assertThat(gridRows(admin, "q=leonie+zander")).containsExactly(leaAtGlobex);
		// The random part of the address, typed in capitals.
		assertThat(gridRows(admin, "q=" + lea.email().substring(4, 12).toUpperCase())).containsExactly(leaAtGlobex);
		assertThat(gridRows(admin, "sort=user")).containsExactly(ann, gina.id(), zoe, leaAtGlobex);
		assertThat(gridRows(admin, "sort=user&dir=desc")).containsExactly(leaAtGlobex, zoe, gina.id(), ann);
	}

	@Test
	void beforeJoiningTheAccountsOwnSpellingIsFoundNeverThePersonsOwnNames() {
		TestAccount acme = accounts.client("Acme");
		TestAccount initech = accounts.client("Initech");
		Person lea = people.member(this, acme, "Lea");
		Person ida = people.member(this, initech, "Ida");
		String typed = lea.email().toUpperCase();
		Api.Response invited = api(initech).post(initech.users(),
				invite(typed, "Elly", "Abel", initech.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		String leaAtInitech = invited.at("/id");

		PageClient browser = new PageClient(port);
		browser.signIn(lea.email(), lea.password());
		browser.submit("/profile/names", browser.get("/profile").body(),
				Map.of("firstName", "Leonie", "lastName", "Zander"));
		assertThat(api(acme).get(acme.users() + "/" + lea.id()).at("/user/lastName")).isEqualTo("Zander");

		for (String name : List.of("ilike(user.firstName,*leonie*)", "ilike(user.lastName,*zand*)",
				"eq(user.firstName,Lea)", "eq(user.lastName,Zander)", "ilike(user.firstName,*lea*)")) {
			assertThat(ids(api(initech).get(initech.users() + "?" + name))).as(name).isEmpty();
		}
		assertThat(ids(api(initech).get(initech.users() + "?ilike(user.lastName,*tester*)"))).as("Ida alone")
			.containsExactly(ida.id());
		assertThat(ids(api(initech).get(initech.users() + "?ilike(user.lastName,*BE*)"))).containsExactly(leaAtInitech);
		assertThat(
				ids(api(initech).get(initech.users() + "?ilike(user.email," + rql(lea.email().substring(0, 6)) + "*)")))
			.containsExactly(leaAtInitech);
		assertThat(ids(api(initech).get(initech.users() + "?order=user.lastName")))
			.as("Abel before Tester (Zander would come after)")
			.containsExactly(leaAtInitech, ida.id());
		Api.Response shown = api(initech).get(initech.users() + "/" + leaAtInitech);
		assertThat(shown.at("/user/email")).isEqualTo(typed);
		assertThat(shown.text()).doesNotContain("Leonie").doesNotContain("Zander").doesNotContain(lea.email());

		PageClient admin = new PageClient(port);
		admin.signIn(ida.email(), ida.password());
		assertThat(gridRows(admin, "q=zander")).isEmpty();
		assertThat(gridRows(admin, "q=leonie")).isEmpty();
		assertThat(gridRows(admin, "q=elly+abel")).containsExactly(leaAtInitech);
		assertThat(gridRows(admin, "sort=user")).containsExactly(leaAtInitech, ida.id());
		String page = admin.get("/settings/users?q=abel").body();
		assertThat(page).contains("Elly Abel").doesNotContain("Leonie").doesNotContain("Zander");

		// Joining, the person's own address spelling and names take over.
		String link = emailedLinkFor(lea.email(), invited.at("/invitation/url"));
		Api.Response accepted = anonymous().post("/public/v1/invitations/" + codeOf(link) + "/accept",
				Map.of("password", lea.password()));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(ids(api(initech).get(initech.users() + "?ilike(user.lastName,*zand*)")))
			.containsExactly(leaAtInitech);
		assertThat(ids(api(initech).get(initech.users() + "?ilike(user.lastName,abel)"))).isEmpty();
		assertThat(ids(api(initech).get(initech.users() + "?order=user.lastName"))).containsExactly(ida.id(),
				leaAtInitech);
		assertThat(api(initech).get(initech.users() + "/" + leaAtInitech).at("/user/email")).isEqualTo(lea.email());
		assertThat(gridRows(admin, "q=leonie+zander")).containsExactly(leaAtInitech);
		assertThat(gridRows(admin, "sort=user")).containsExactly(ida.id(), leaAtInitech);
	}

	@Test
	void aNewLoginIsFoundByTheNamesItRegisteredWithOnceItJoined() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Api.Response invited = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id()));
		assertThat(ids(api(acme).get(acme.users() + "?ilike(user.lastName,*smith*)")))
			.containsExactly(invited.at("/id"));
		Api.Response accepted = anonymous().post(
				"/public/v1/invitations/" + codeOf(invited.at("/invitation/url")) + "/accept",
				Map.of("firstName", "Samuel", "lastName", "Smythe", "password", TestPeople.PASSWORD));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);

		assertThat(ids(api(acme).get(acme.users() + "?ilike(user.lastName,*smyth*)")))
			.containsExactly(invited.at("/id"));
		assertThat(ids(api(acme).get(acme.users() + "?ilike(user.lastName,*smith*)"))).isEmpty();
		assertThat(ids(api(acme).get(acme.users() + "?ilike(user.email," + rql(email.toUpperCase()) + ")")))
			.containsExactly(invited.at("/id"));
	}

	private String invited(TestAccount account, String firstName, String lastName) {
		Api.Response invited = api(account).post(account.users(),
				invite(uniqueEmail(firstName.toLowerCase()), firstName, lastName, account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		return invited.at("/id");
	}

	private String memberId(TestAccount account, String email) {
		List<String> found = ids(api(account).get(account.users() + "?eq(user.email," + rql(email) + ")"));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** A value in a query string: its plus sign is not a space. */
	private static String rql(String value) {
		return value.replace("+", "%2B");
	}

	/** The members of the Users grid's first page, in its order. */
	private static List<String> gridRows(PageClient browser, String query) {
		HttpResponse<String> grid = browser.get("/settings/users?" + query);
		assertThat(grid.statusCode()).as(grid.body()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		Matcher row = GRID_ROW.matcher(grid.body());
		while (row.find()) {
			rows.add(row.group(1));
		}
		return rows;
	}

	private static List<String> ids(Api.Response list) {
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.json().get("data").forEach(member -> ids.add(member.get("id").asString()));
		return ids;
	}

}
