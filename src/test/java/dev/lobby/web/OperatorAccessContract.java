package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lobby.account.AccountType;
import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.RawHttp;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Operator tokens see and act on every account's groups and audit trail, as docs/api.md
 * promises: lists of another account with {@code account=ACC-…}, objects by id in any
 * account. Client tokens stay inside their own account. Runs on H2 and on PostgreSQL.
 */
abstract class OperatorAccessContract extends LobbyIntegrationTestBase {

	static final String GROUPS = "/public/v1/accounts/user-groups";
	static final String RECORDS = "/public/v1/audit/records";

	static Map<String, Object> group(String name, String module) {
		return Map.of("name", name, "modules", List.of(Map.of("id", module)));
	}

	TestAccount operatorAccount() {
		return accounts.create("Operator", AccountType.Operations, Set.of("MOD-1001"));
	}

	@Test
	void anOperatorTokenListsReadsChangesAndDeletesAClientAccountsGroups() {
		TestAccount client = accounts.client("Client");
		Api operator = api(operatorAccount());
		String own = operator.get(GROUPS).at("/data/0/id");

		Api.Response created = operator.post(GROUPS + "?account=" + client.id(), group("Support", "MOD-1005"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String groupId = created.at("/id");
		assertThat(api(client).get(GROUPS + "/" + groupId).status()).as("the group is the client's").isEqualTo(200);

		Api.Response listed = operator.get(GROUPS + "?account=" + client.id() + "&order=name&ilike(name,*o*)");
		assertThat(listed.status()).as(listed.text()).isEqualTo(200);
		assertThat(listed.json().get("data").valueStream().map(g -> g.get("id").asString()).toList())
			.containsExactly(client.administrators().id(), groupId)
			.doesNotContain(own);
		assertThat(operator.get(GROUPS).text()).as("without account, the operator's own")
			.contains(own)
			.doesNotContain(groupId);

		assertThat(operator.get(GROUPS + "/" + groupId).at("/name")).isEqualTo("Support");
		Api.Response replaced = operator.send("PUT", GROUPS + "/" + groupId, group("Helpdesk", "MOD-1005"),
				Map.of("If-Match", "\"1\""));
		assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
		assertThat(api(client).get(GROUPS + "/" + groupId).at("/name")).isEqualTo("Helpdesk");
		assertThat(operator.delete(GROUPS + "/" + groupId).status()).isEqualTo(204);
		assertThat(api(client).get(GROUPS + "/" + groupId).status()).isEqualTo(404);

		List<String> events = api(client).get(RECORDS + "?eq(object.id," + groupId + ")&order=occurredAt")
			.json()
			.get("data")
			.valueStream()
			.map(r -> r.get("eventKey").asString())
			.toList();
		assertThat(events).as("recorded in the client's trail")
			.containsExactly("lobby.group.created", "lobby.group.updated", "lobby.group.deleted");
	}

	@Test
	void anOperatorTokenReadsAClientAccountsAuditTrail() {
		TestAccount client = accounts.client("Client");
		Api operator = api(operatorAccount());
		String groupId = api(client).post(GROUPS, group("Buyers", "MOD-1002")).at("/id");

		Api.Response trail = operator.get(RECORDS + "?account=" + client.id() + "&eq(object.id," + groupId + ")");
		assertThat(trail.status()).as(trail.text()).isEqualTo(200);
		assertThat(trail.json().at("/$meta/pagination/total").asLong()).isEqualTo(1);
		String recordId = trail.at("/data/0/id");
		assertThat(trail.at("/data/0/eventKey")).isEqualTo("lobby.group.created");
		assertThat(operator.get(RECORDS + "/" + recordId).at("/id")).isEqualTo(recordId);
		assertThat(operator.get(RECORDS + "?limit=100").text()).as("without account, the operator's own trail")
			.doesNotContain(recordId);
	}

	@Test
	void aClientTokenCannotNameAnotherAccount() {
		TestAccount client = accounts.client("Client");
		TestAccount other = accounts.client("Other");
		String otherRecord = api(other).get(RECORDS).at("/data/0/id");
		String otherGroup = other.administrators().id();

		assertThat(api(client).get(GROUPS + "?account=" + other.id()).status()).isEqualTo(404);
		assertThat(api(client).post(GROUPS + "?account=" + other.id(), group("Spies", "MOD-1002")).status())
			.isEqualTo(404);
		assertThat(api(client).get(RECORDS + "?account=" + other.id()).status()).isEqualTo(404);
		assertThat(api(client).get(RECORDS + "/" + otherRecord).status()).isEqualTo(404);
		assertThat(api(client).get(GROUPS + "/" + otherGroup).status()).isEqualTo(404);
		assertThat(api(client).get(GROUPS + "?account=" + client.id()).status()).as("its own account by name")
			.isEqualTo(200);
		assertThat(api(other).get(GROUPS).json().at("/$meta/pagination/total").asLong()).as("nothing created")
			.isEqualTo(1);
	}

	@Test
	void anUnknownAccountIsNotFoundForOperatorsToo() {
		Api operator = api(operatorAccount());
		Api.Response response = operator.get(GROUPS + "?account=ACC-0000-0000");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(operator.get(RECORDS + "?account=ACC-0000-0000").status()).isEqualTo(404);
	}

	@Test
	void malformedEncodingsBesideAccountAreA400NotAServerError() {
		TestAccount client = accounts.client("Client");
		String auth = "Authorization: Bearer " + operatorAccount().token();
		for (String list : List.of(GROUPS, RECORDS)) {
			RawHttp.Response badRql = RawHttp.send(port, "GET", list + "?account=" + client.id() + "&eq(name,%FF)%2",
					auth);
			assertThat(badRql.status()).as(badRql.body()).isEqualTo(400);
			RawHttp.Response badAccount = RawHttp.send(port, "GET", list + "?account=ACC%2", auth);
			assertThat(badAccount.status()).as(badAccount.body()).isEqualTo(400);
			assertThat(badAccount.body()).contains("percent-encoded");
		}
	}

}
