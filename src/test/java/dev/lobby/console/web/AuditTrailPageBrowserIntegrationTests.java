package dev.lobby.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.support.BrowserTestBase;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.support.TestPeople.Person;

/**
 * Settings › Audit trail in a real browser: the account's records as the REST API lists
 * them, filtered by event, actor, object and days, paged, with the state in the URL and
 * each record's JSON one click away.
 */
class AuditTrailPageBrowserIntegrationTests extends BrowserTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	Locator records() {
		return page.locator("#audit-records > li");
	}

	long count(TestAccount account, String where) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_records WHERE account_id = :account AND " + where)
			.param("account", account.id())
			.query(Long.class)
			.single();
	}

	Person openAudit(TestAccount account) {
		Person admin = people.member(this, account, "Alex");
		signIn(admin);
		page.navigate("/settings");
		page.getByRole(AriaRole.LINK, named("Open Audit trail")).click();
		assertThat(page.getByRole(AriaRole.HEADING, named("Audit trail"))).isVisible();
		return admin;
	}

	@Test
	void theFiltersNarrowTheRecordsAndTheUrlKeepsThem() {
		TestAccount acme = accounts.client("Acme");
		String support = people.supportGroup(this, acme);
		people.enrolMany(acme, "Zed", "Many", 30);
		Person admin = openAudit(acme);

		long all = count(acme, "TRUE");
		assertThat(page.locator("#audit-summary")).hasText("1–25 of " + all + " records");
		assertThat(records()).hasCount(25);
		page.getByRole(AriaRole.LINK, named("Next")).click();
		assertThat(page).hasURL(Pattern.compile("page=2"));
		assertThat(page.locator("#audit-summary")).hasText("26–" + Math.min(50, all) + " of " + all + " records");

		page.getByLabel("Event").fill("group");
		page.getByRole(AriaRole.BUTTON, named("Apply")).click();
		assertThat(page).hasURL(Pattern.compile("event=group"));
		long groupRecords = count(acme, "event_key LIKE '%group%'");
		assertThat(groupRecords).isGreaterThan(0);
		assertThat(records()).hasCount((int) groupRecords);
		assertThat(records().first()).containsText("lobby.group.created");

		page.getByLabel("Object").fill(support);
		page.getByRole(AriaRole.BUTTON, named("Apply")).click();
		assertThat(records()).hasCount(1);
		assertThat(records().first()).containsText(support);

		// The URL restores everything, also after a reload.
		page.reload();
		assertThat(page.getByLabel("Event")).hasValue("group");
		assertThat(page.getByLabel("Object")).hasValue(support);
		assertThat(records()).hasCount(1);

		page.navigate("/settings/audit?actor=" + admin.firstName());
		assertThat(records()).hasCount((int) count(acme, "actor_name LIKE '%" + admin.firstName() + "%'"));

		String tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).toString();
		page.navigate("/settings/audit");
		page.getByLabel("From").fill(tomorrow);
		page.getByRole(AriaRole.BUTTON, named("Apply")).click();
		assertThat(page.getByText("No records match these filters")).isVisible();
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Clear filters")).click();
		assertThat(page).hasURL(Pattern.compile("/settings/audit$"));
		assertThat(records()).hasCount(25);
	}

	@Test
	void aGermanReaderReadsTheSummariesInGermanWhileTheApiKeepsEnglish() {
		TestAccount acme = accounts.client("Acme");
		Person admin = people.member(this, acme, "Alex");
		String email = uniqueEmail("sam");
		assertThat(api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id())).status())
			.isEqualTo(201);
		BrowserContext german = newContext(1440, 900, "de-DE");
		try {
			Page seite = german.newPage();
			signIn(seite, admin.email(), admin.password());
			seite.navigate("/settings/audit?event=lobby.invitation.sent");
			// The record's sentence; its JSON (as the API answers) keeps the English
			// summary.
			assertThat(seite.locator("#audit-records > li .fw-semibold").first()).hasText("Sam Smith wurde eingeladen");
		}
		finally {
			german.close();
		}
		assertThat(api(acme).get("/public/v1/audit/records?eq(eventKey,lobby.invitation.sent)").at("/data/0/summary"))
			.isEqualTo("Sam Smith was invited");
	}

	@Test
	void eachRecordOpensAsItsJsonWhichCopies() {
		TestAccount acme = accounts.client("Acme");
		String support = people.supportGroup(this, acme);
		context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		openAudit(acme);
		page.navigate("/settings/audit?object=" + support);

		Locator record = records().first();
		record.getByText("View JSON").click();
		Locator json = record.locator("pre");
		assertThat(json).isVisible();
		String id = record.getAttribute("data-record");
		var shown = JSON.readTree(json.textContent());
		assertThat(shown.get("id").asString()).isEqualTo(id);
		assertThat(shown.at("/object/id").asString()).isEqualTo(support);
		assertThat(shown).isEqualTo(api(acme).get("/public/v1/audit/records/" + id).json());
		assertThat(json.textContent()).contains("\n");
		assertAccessible();
		screenshot("settings-audit");

		record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy the JSON of record " + id))
			.click();
		assertThat(page.locator("#copy-status")).hasText("The JSON of record " + id + " is on the clipboard.");
		assertThat(JSON.readTree((String) page.evaluate("navigator.clipboard.readText()"))).isEqualTo(shown);
	}

	@Test
	void aMemberWithoutAccountManagementGetsThe403Page() {
		TestAccount acme = accounts.client("Acme");
		Person pat = people.member(this, acme, "Pat", people.supportGroup(this, acme));
		signIn(pat);
		assertThat(page.navigate("/settings/audit").status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, named("You may not open this page"))).isVisible();
	}

}
