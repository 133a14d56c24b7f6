package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Every operation the OpenAPI description lists, called with another account's token on
 * account A's objects (and with the documented example body), finds nothing and changes
 * nothing.
 */
class TenantIsolationIntegrationTests extends LobbyIntegrationTestBase {

	@Test
	void anotherAccountsTokenGets404FromEveryOperationAndChangesNothing() {
		TestAccount a = accounts.client("Victim");
		Api victim = api(a);
		String email = uniqueEmail("victim");
		Api.Response member = victim.post(a.users(), invite(email, "Vic", "Tim", a.administrators().id()));
		String groupId = victim
			.post("/public/v1/accounts/user-groups",
					Map.of("name", "Victims", "modules", List.of(Map.of("id", "MOD-1002"))))
			.at("/id");
		String tokenId = victim.get("/public/v1/accounts/api-tokens").at("/data/0/id");
		String recordId = victim.get("/public/v1/audit/records").at("/data/0/id");
		Map<String, String> ids = Map.of("accountId", a.id(), "accountUserId", member.at("/id"), "groupId", groupId,
				"tokenId", tokenId, "recordId", recordId);
		String memberBefore = victim.get(a.users() + "/" + member.at("/id")).text();
		String groupBefore = victim.get("/public/v1/accounts/user-groups/" + groupId).text();
		long auditBefore = victim.get("/public/v1/audit/records?limit=0").json().at("/$meta/pagination/total").asLong();

		Api intruder = api(accounts.client("Intruder"));
		JsonNode doc = anonymous().get("/v3/api-docs").json();
		List<String> checked = new ArrayList<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			String template = path.getKey();
			if (!template.contains("{") || template.contains("{code}") || template.contains("{token}")) {
				return;
			}
			String concrete = template;
			for (var id : ids.entrySet()) {
				concrete = concrete.replace("{" + id.getKey() + "}", id.getValue());
			}
			JsonNode example = op.getValue().at("/requestBody/content/application~1json/example");
			Api.Response response = intruder.send(op.getKey().toUpperCase(), concrete,
					example.isMissingNode() ? null : example);
			assertThat(response.status()).as("%s %s", op.getKey(), template).isEqualTo(404);
			assertThat(response.text()).doesNotContain(a.account().name()).doesNotContain(email);
			checked.add(op.getKey() + " " + template);
		}));

		assertThat(checked).as("every operation on an object of an account").hasSizeGreaterThanOrEqualTo(19);
		assertThat(intruder.get("/public/v1/accounts/accounts").text()).doesNotContain(a.id());
		assertThat(intruder.get("/public/v1/accounts/user-groups").text()).doesNotContain(groupId);
		assertThat(intruder.get("/public/v1/accounts/api-tokens").text()).doesNotContain(tokenId);
		assertThat(intruder.get("/public/v1/audit/records?limit=100").text()).doesNotContain(a.id());
		assertThat(victim.get(a.users() + "/" + member.at("/id")).text()).isEqualTo(memberBefore);
		assertThat(victim.get("/public/v1/accounts/user-groups/" + groupId).text()).isEqualTo(groupBefore);
		assertThat(victim.get("/public/v1/audit/records?limit=0").json().at("/$meta/pagination/total").asLong())
			.isEqualTo(auditBefore);
		assertThat(victim.get("/public/v1/accounts/api-tokens/" + tokenId).at("/enabled")).isEqualTo("true");
		assertThat(mailTo(email)).hasSize(1);
	}

}
