package dev.lobby.group.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * User groups through the REST API: create, replace, delete, their rules, ETags and audit
 * records, and who may touch them. Runs on H2 and on PostgreSQL.
 */
abstract class GroupsContract extends LobbyIntegrationTestBase {

	static final String GROUPS = "/public/v1/accounts/user-groups";
	static final String ACCOUNT_MANAGEMENT = "MOD-1001";
	static final String MARKETPLACE = "MOD-1002";
	static final String BILLING = "MOD-1003";

	static Map<String, Object> form(@Nullable String name, @Nullable String description, String... moduleIds) {
		Map<String, Object> form = new HashMap<>();
		form.put("name", name);
		form.put("description", description);
		form.put("modules", Arrays.stream(moduleIds).map(id -> Map.of("id", id)).toList());
		return form;
	}

	String created(TestAccount account, String name, String... moduleIds) {
		Api.Response created = api(account).post(GROUPS, form(name, "The " + name + " team", moduleIds));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.at("/id");
	}

	Api.Response put(TestAccount account, String groupId, Object body, String etag) {
		return api(account).send("PUT", GROUPS + "/" + groupId, body, Map.of("If-Match", etag));
	}

	Api.Response delete(TestAccount account, String groupId, String etag) {
		return api(account).send("DELETE", GROUPS + "/" + groupId, null, Map.of("If-Match", etag));
	}

	String invitedInto(TestAccount account, String groupId) {
		Api.Response invited = api(account).post(account.users(), invite(uniqueEmail("sam"), "Sam", "Smith", groupId));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		return invited.at("/id");
	}

	static List<String> moduleIds(Api.Response group) {
		return group.json().get("modules").valueStream().map(module -> module.get("id").asString()).toList();
	}

	JsonNode lastAuditOf(TestAccount account, String objectId) {
		return auditOf(account, objectId).get(0);
	}

	@Test
	void creatingAndReadingAGroupGiveItsVersionAsETag() {
		TestAccount acme = accounts.client("Acme");

		Api.Response created = api(acme).post(GROUPS, form("Buyers", "They buy things", MARKETPLACE, BILLING));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(created.header("Location")).isEqualTo(created.at("/href"));
		Api.Response read = api(acme).get(created.at("/href"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"1\"");
		assertThat(moduleIds(read)).containsExactly(MARKETPLACE, BILLING);
		assertThat(api(acme).get(GROUPS).json().at("/$meta/pagination/total").asLong()).isEqualTo(2);
	}

	@Test
	void replacingAGroupChangesNameDescriptionAndModulesBumpsTheVersionAndIsAudited() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);

		Api.Response replaced = put(acme, buyers, form("  Purchasers ", null, BILLING, ACCOUNT_MANAGEMENT), "\"1\"");

		assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
		assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
		assertThat(replaced.at("/name")).isEqualTo("Purchasers");
		assertThat(replaced.json().get("description").isNull()).isTrue();
		assertThat(moduleIds(replaced)).containsExactly(ACCOUNT_MANAGEMENT, BILLING);
		Api.Response read = api(acme).get(GROUPS + "/" + buyers);
		assertThat(read.at("/name")).isEqualTo("Purchasers");
		assertThat(read.header("ETag")).isEqualTo("\"2\"");
		assertThat(eventsOf(acme, buyers)).containsExactly("lobby.group.created", "lobby.group.updated");
		JsonNode details = lastAuditOf(acme, buyers).get("details");
		assertThat(details.at("/before/name").asString()).isEqualTo("Buyers");
		assertThat(details.at("/before/description").asString()).isEqualTo("The Buyers team");
		assertThat(details.at("/before/modules/0").asString()).isEqualTo(MARKETPLACE);
		assertThat(details.at("/after/name").asString()).isEqualTo("Purchasers");
		assertThat(details.at("/after/description").isNull()).isTrue();
		assertThat(details.at("/after/modules").valueStream().map(JsonNode::asString))
			.containsExactly(ACCOUNT_MANAGEMENT, BILLING);
	}

	@Test
	void aStaleETagIsRefusedWith412AndChangesNothing() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);
		assertThat(put(acme, buyers, form("Buyers", "Renamed once", MARKETPLACE), "\"1\"").status()).isEqualTo(200);

		Api.Response stalePut = put(acme, buyers, form("Sellers", null, BILLING), "\"1\"");
		Api.Response staleDelete = delete(acme, buyers, "\"1\"");

		assertThat(stalePut.status()).isEqualTo(412);
		assertThat(stalePut.at("/detail")).contains("User group " + buyers).contains("changed since you read it");
		assertThat(staleDelete.status()).isEqualTo(412);
		Api.Response read = api(acme).get(GROUPS + "/" + buyers);
		assertThat(read.at("/description")).isEqualTo("Renamed once");
		assertThat(read.header("ETag")).isEqualTo("\"2\"");
		assertThat(put(acme, buyers, form("Buyers", null, MARKETPLACE), "not-an-etag").status()).isEqualTo(400);
		assertThat(api(acme).put(GROUPS + "/" + buyers, form("Buyers", "No If-Match: last write wins", MARKETPLACE))
			.header("ETag")).isEqualTo("\"3\"");
	}

	@Test
	void replacingRefusesAMissingOrMalformedNameAndMissingOrUnknownModules() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);

		Api.Response noName = put(acme, buyers, form("  ", null, MARKETPLACE), "\"1\"");
		Api.Response longName = put(acme, buyers, form("x".repeat(101), null, MARKETPLACE), "\"1\"");
		Api.Response lineBreak = put(acme, buyers, form("Buyers\nand sellers", null, MARKETPLACE), "\"1\"");
		Api.Response noModules = put(acme, buyers, form("Buyers", null), "\"1\"");
		Api.Response unknownModule = put(acme, buyers, form("Buyers", null, MARKETPLACE, "MOD-9999"), "\"1\"");

		assertThat(List.of(noName, longName, lineBreak, noModules, unknownModule))
			.allSatisfy(response -> assertThat(response.status()).as(response.text()).isEqualTo(400));
		assertThat(noName.at("/errors/name/0")).isEqualTo("Enter a name for the group.");
		assertThat(longName.at("/errors/name/0")).contains("at most 100 characters");
		assertThat(lineBreak.at("/errors/name/0")).contains("no line breaks");
		assertThat(noModules.at("/errors/modules/0")).isEqualTo("Choose at least one module for the group.");
		assertThat(unknownModule.at("/errors/modules/0")).isEqualTo("Unknown module MOD-9999.");
		assertThat(api(acme).get(GROUPS + "/" + buyers).header("ETag")).as("nothing saved").isEqualTo("\"1\"");
		assertThat(put(acme, buyers, form("x".repeat(100), null, MARKETPLACE), "\"1\"").status()).isEqualTo(200);
	}

	@Test
	void groupNamesAreUniqueInAnAccountCaseInsensitivelyButNotAcrossAccounts() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);
		String sellers = created(acme, "Sellers", MARKETPLACE);

		Api.Response clash = put(acme, sellers, form("BUYERS", null, MARKETPLACE), "\"1\"");
		Api.Response clashOnCreate = api(acme).post(GROUPS, form("buyers", null, MARKETPLACE));

		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.at("/detail"))
			.isEqualTo("A group named \"BUYERS\" already exists in this account (" + buyers + ").");
		assertThat(clashOnCreate.status()).isEqualTo(409);
		assertThat(clashOnCreate.at("/detail")).contains(buyers);
		assertThat(put(acme, buyers, form("BUYERS", null, MARKETPLACE), "\"1\"").status()).as("renaming itself")
			.isEqualTo(200);
		TestAccount globex = accounts.client("Globex");
		assertThat(api(globex).post(GROUPS, form("Buyers", null, MARKETPLACE)).status()).isEqualTo(201);
	}

	@Test
	void theDefaultGroupKeepsItsModulesButMayBeRenamedAndCannotBeDeleted() {
		TestAccount acme = accounts.client("Acme");
		String administrators = acme.administrators().id();

		Api.Response moreModules = put(acme, administrators, form("Administrators", null, ACCOUNT_MANAGEMENT, BILLING),
				"\"1\"");
		Api.Response otherModules = put(acme, administrators, form("Administrators", null, BILLING), "\"1\"");
		Api.Response deleted = delete(acme, administrators, "\"1\"");

		assertThat(moreModules.status()).isEqualTo(409);
		assertThat(moreModules.at("/detail"))
			.isEqualTo("\"Administrators\" is the account's default group, so its modules "
					+ "cannot change. You can still change its name and description.");
		assertThat(otherModules.status()).isEqualTo(409);
		assertThat(deleted.status()).isEqualTo(409);
		assertThat(deleted.at("/detail"))
			.isEqualTo("\"Administrators\" is the account's default group, so it cannot be deleted.");
		Api.Response renamed = put(acme, administrators, form("Owners", "People who run Acme", ACCOUNT_MANAGEMENT),
				"\"1\"");
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
		assertThat(renamed.at("/name")).isEqualTo("Owners");
		assertThat(renamed.json().get("isDefault").asBoolean()).isTrue();
		assertThat(moduleIds(renamed)).containsExactly(ACCOUNT_MANAGEMENT);
		assertThat(delete(acme, administrators, "\"2\"").status()).isEqualTo(409);
	}

	@Test
	void aGroupWithoutMembersIsDeletedAndTheAuditTrailKeepsWhatItWas() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE, BILLING);

		Api.Response deleted = delete(acme, buyers, "\"1\"");

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(api(acme).get(GROUPS + "/" + buyers).status()).isEqualTo(404);
		assertThat(api(acme).delete(GROUPS + "/" + buyers).status()).isEqualTo(404);
		assertThat(eventsOf(acme, buyers)).containsExactly("lobby.group.created", "lobby.group.deleted");
		JsonNode details = lastAuditOf(acme, buyers).get("details");
		assertThat(details.at("/name").asString()).isEqualTo("Buyers");
		assertThat(details.at("/modules").valueStream().map(JsonNode::asString)).containsExactly(MARKETPLACE, BILLING);
		assertThat(details.at("/unlinkedEndedMemberships").isEmpty()).isTrue();
		assertThat(api(acme).post(GROUPS, form("Buyers", null, MARKETPLACE)).status()).as("the name is free again")
			.isEqualTo(201);
	}

	@Test
	void aGroupWithLiveMembersCannotBeDeletedButOneWithOnlyEndedMembershipsCan() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);
		String sam = invitedInto(acme, buyers);
		String kim = invitedInto(acme, buyers);

		Api.Response twoMembers = delete(acme, buyers, "\"1\"");
		assertThat(twoMembers.status()).isEqualTo(409);
		assertThat(twoMembers.at("/detail")).isEqualTo("\"Buyers\" still has 2 members, so it cannot be deleted. "
				+ "Move them to other groups or remove them from the account first.");

		assertThat(api(acme).delete(acme.users() + "/" + sam).status()).isEqualTo(204);
		Api.Response oneMember = delete(acme, buyers, "\"1\"");
		assertThat(oneMember.status()).isEqualTo(409);
		assertThat(oneMember.at("/detail")).startsWith("\"Buyers\" still has 1 member, so");

		assertThat(api(acme).delete(acme.users() + "/" + kim).status()).isEqualTo(204);
		assertThat(delete(acme, buyers, "\"1\"").status()).isEqualTo(204);

		assertThat(
				lastAuditOf(acme, buyers).at("/details/unlinkedEndedMemberships").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(sam, kim);
		Api.Response removedSam = api(acme).get(acme.users() + "/" + sam);
		assertThat(removedSam.status()).as("the ended membership is still readable").isEqualTo(200);
		assertThat(removedSam.at("/status")).isEqualTo("Disabled");
		assertThat(removedSam.json().get("groups").isEmpty()).isTrue();
	}

	@Test
	void blockedAndActiveMembersCountAndDeclinedOnesDoNot() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);
		Api.Response invited = api(acme).post(acme.users(), invite(uniqueEmail("dee"), "Dee", "Jones", buyers));
		String code = codeOf(invited.at("/invitation/url"));

		assertThat(anonymous().post("/public/v1/invitations/" + code + "/decline", null).status()).isEqualTo(204);

		assertThat(delete(acme, buyers, "\"1\"").status()).isEqualTo(204);
		assertThat(lastAuditOf(acme, buyers).at("/details/unlinkedEndedMemberships/0").asString())
			.isEqualTo(invited.at("/id"));

		String sellers = created(acme, "Sellers", MARKETPLACE);
		Api.Response active = api(acme).post(acme.users(), invite(uniqueEmail("ann"), "Ann", "Lee", sellers));
		Api.Response accepted = anonymous().post(
				"/public/v1/invitations/" + codeOf(active.at("/invitation/url")) + "/accept",
				Map.of("firstName", "Ann", "lastName", "Lee", "password", "Str0ng!Pass"));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(delete(acme, sellers, "\"1\"").status()).isEqualTo(409);
		assertThat(api(acme).post(acme.users() + "/" + active.at("/id") + "/block", null).status()).isEqualTo(200);
		assertThat(delete(acme, sellers, "\"1\"").status()).isEqualTo(409);
	}

	@Test
	void anotherAccountsGroupsAreNotFoundAndStayUnchanged() {
		TestAccount acme = accounts.client("Acme");
		TestAccount globex = accounts.client("Globex");
		String buyers = created(acme, "Buyers", MARKETPLACE);

		Api.Response read = api(globex).get(GROUPS + "/" + buyers);
		Api.Response replaced = put(globex, buyers, form("Mine now", null, BILLING), "\"1\"");
		Api.Response deleted = delete(globex, buyers, "\"1\"");
		Api.Response defaultGroup = put(globex, acme.administrators().id(), form("Mine", null, ACCOUNT_MANAGEMENT),
				"\"1\"");

		assertThat(List.of(read, replaced, deleted, defaultGroup))
			.allSatisfy(response -> assertThat(response.status()).as(response.text()).isEqualTo(404));
		assertThat(replaced.at("/detail")).isEqualTo("User group " + buyers + " was not found.");
		Api.Response unchanged = api(acme).get(GROUPS + "/" + buyers);
		assertThat(unchanged.at("/name")).isEqualTo("Buyers");
		assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
		assertThat(eventsOf(acme, buyers)).containsExactly("lobby.group.created");
		assertThat(api(globex).get(GROUPS).json().at("/$meta/pagination/total").asLong()).isEqualTo(1);
	}

	@Test
	void aTokenWithoutAccountManagementIsForbiddenEverything() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);
		Api limited = api(acme).as(accounts.tokenWithout(acme, MARKETPLACE));

		List<Api.Response> responses = List.of(limited.get(GROUPS), limited.get(GROUPS + "/" + buyers),
				limited.post(GROUPS, form("Sellers", null, MARKETPLACE)),
				limited.put(GROUPS + "/" + buyers, form("Mine", null, MARKETPLACE)),
				limited.delete(GROUPS + "/" + buyers));

		assertThat(responses).allSatisfy(response -> {
			assertThat(response.status()).as(response.text()).isEqualTo(403);
			assertThat(response.at("/detail")).contains("Account Management");
		});
		assertThat(api(acme).get(GROUPS + "/" + buyers).header("ETag")).isEqualTo("\"1\"");
		assertThat(eventsOf(acme, buyers)).containsExactly("lobby.group.created");
	}

	@Test
	void theCreatedAtOfTheCreatingResponseIsTheOneEveryReadShowsAndAFilterFinds() {
		TestAccount acme = accounts.client("Acme");
		Instant second = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		clock.set(second.plusNanos(123_456_789));
		Api.Response created = api(acme).post(GROUPS, form("Precise", null, BILLING));
		clock.set(second.plusSeconds(1));
		String createdAt = created.at("/createdAt");

		assertThat(createdAt).as("microseconds, what the database keeps").endsWith(".123456Z");
		assertThat(api(acme).get(created.at("/href")).at("/createdAt")).isEqualTo(createdAt);
		assertThat(names(acme, "?eq(audit.created.at," + createdAt + ")")).containsExactly("Precise");
		assertThat(names(acme, "?eq(audit.updated.at," + created.at("/updatedAt") + ")")).containsExactly("Precise");
	}

	@Test
	void theListRefusesSelectForItHasNoOptionalFields() {
		TestAccount acme = accounts.client("Acme");
		for (String select : List.of("select=-modules", "select=nosuchfield", "select=+description")) {
			Api.Response refused = api(acme).get(GROUPS + "?" + select);
			assertThat(refused.status()).as(select).isEqualTo(400);
			assertThat(refused.json().at("/errors/select/0").asString()).contains("no optional fields");
		}
	}

	@Test
	void theListIsFilteredAndSortedWithRql() {
		TestAccount acme = accounts.client("Acme");
		String buyers = created(acme, "Buyers", MARKETPLACE);
		String billing = created(acme, "Billing clerks", BILLING);
		String both = created(acme, "Buying and billing", MARKETPLACE, BILLING);

		assertThat(names(acme, "")).containsExactly("Administrators", "Billing clerks", "Buyers", "Buying and billing");
		assertThat(names(acme, "?ilike(name,*BUY*)")).containsExactly("Buyers", "Buying and billing");
		assertThat(names(acme, "?eq(modules.id," + BILLING + ")&order=-name")).containsExactly("Buying and billing",
				"Billing clerks");
		assertThat(names(acme, "?out(modules.id," + MARKETPLACE + "," + BILLING + ")"))
			.containsExactly("Administrators");
		assertThat(names(acme, "?eq(isDefault,false)&order=-audit.created.at,+name&limit=2")).hasSize(2);
		assertThat(names(acme, "?in(id," + buyers + "," + billing + "," + both + ")&order=+id"))
			.containsExactlyInAnyOrder("Buyers", "Billing clerks", "Buying and billing");
		assertThat(names(acme, "?ilike(description,administrators*)")).containsExactly("Administrators");
		assertThat(names(acme, "?eq(description,null())")).isEmpty();
		assertThat(names(acme, "?offset=1&limit=1")).containsExactly("Billing clerks");
		Api.Response countOnly = api(acme).get(GROUPS + "?ilike(name,b*)&limit=0");
		assertThat(countOnly.json().at("/$meta/pagination/total").asLong()).isEqualTo(3);
		assertThat(countOnly.json().get("data").isEmpty()).isTrue();
		Api.Response capped = api(acme).get(GROUPS + "?limit=500");
		assertThat(capped.json().at("/$meta/pagination/limit").asInt()).isEqualTo(100);
		assertThat(capped.json().at("/$meta/pagination/limitCapped").asBoolean()).as("the list says it capped")
			.isTrue();
		assertThat(capped.json().at("/$meta/pagination/total").asLong()).isEqualTo(4);
		assertThat(api(acme).get(GROUPS + "?offset=1&limit=2").json().at("/$meta/pagination/total").asLong())
			.as("a full page still counts the rest")
			.isEqualTo(4);
		Api.Response unknownField = api(acme).get(GROUPS + "?eq(colour,red)");
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.at("/detail")).contains("colour");
		assertThat(names(accounts.client("Globex"), "?ilike(name,*)")).containsExactly("Administrators");
	}

	List<String> names(TestAccount account, String query) {
		Api.Response list = api(account).get(GROUPS + query);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().get("data").valueStream().map(group -> group.get("name").asString()).toList();
	}

}
