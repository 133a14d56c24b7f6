package dev.lobby.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * First start on an empty database: the operator's account, its administrator and the
 * requested API token.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:lobby-bootstrap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"lobby.bootstrap.admin-email=Owner@Example.com", "lobby.bootstrap.admin-password=Own3r!Password",
		"lobby.bootstrap.api-token=bootstrap-token-0123456789-abcdef",
		"lobby.bootstrap.account-name=Example Operations" })
class BootstrapIntegrationTests extends LobbyIntegrationTestBase {

	static final String TOKEN = "bootstrap-token-0123456789-abcdef";

	@Test
	void createsTheOperatorAccountWithItsAdministratorAndTheBootstrapToken() {
		Api operator = new Api(port, TOKEN);
		Api.Response accounts = operator.get("/public/v1/accounts/accounts?limit=100");
		assertThat(accounts.status()).isEqualTo(200);
		// Other tests of this class add client accounts, so pick the operator's by its
		// type.
		var operators = StreamSupport.stream(accounts.json().get("data").spliterator(), false)
			.filter(account -> account.get("type").asString().equals("Operations"))
			.toList();
		assertThat(operators).singleElement()
			.satisfies(account -> assertThat(account.get("name").asString()).isEqualTo("Example Operations"));
		String accountId = operators.get(0).get("id").asString();

		Api.Response members = operator.get("/public/v1/accounts/accounts/" + accountId + "/users");
		assertThat(members.json().at("/$meta/pagination/total").asLong()).isEqualTo(1);
		assertThat(members.at("/data/0/user/email")).isEqualTo("Owner@Example.com");
		assertThat(members.at("/data/0/status")).isEqualTo("Active");
		assertThat(members.at("/data/0/groups/0/name")).isEqualTo("Administrators");
	}

	@Test
	void theAdministratorsPasswordIsTheConfiguredOne() {
		TestAccount acme = accounts.client("Acme");
		Api.Response invited = api(acme).post(acme.users(),
				invite("owner@example.com", "X", "Y", acme.administrators().id()));
		String shared = codeOf(invited.at("/invitation/url"));
		assertThat(
				anonymous().post("/public/v1/invitations/" + shared + "/accept", Map.of("password", "Own3r!Password"))
					.status())
			.as("an inviting administrator cannot try the operator's password through their link")
			.isEqualTo(403);
		String code = codeOf(emailedLinkFor("owner@example.com", invited.at("/invitation/url")));
		assertThat(anonymous().post("/public/v1/invitations/" + code + "/accept", Map.of("password", "wrong")).status())
			.isEqualTo(400);
		assertThat(anonymous().post("/public/v1/invitations/" + code + "/accept", Map.of("password", "Own3r!Password"))
			.at("/status")).isEqualTo("Active");
	}

	@Test
	void metricsNeedAnOperatorTokenWhileHealthIsPublic() {
		assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
		assertThat(api(accounts.client("Acme")).get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(new Api(port, TOKEN).get("/actuator/metrics").status()).isEqualTo(200);
		Api.Response pending = new Api(port, TOKEN).get("/actuator/metrics/lobby.mail.outbox?tag=status:Pending");
		assertThat(pending.status()).isEqualTo(200);
		assertThat(pending.json().at("/measurements/0/value").isNumber()).isTrue();
	}

	@Test
	void everyRequestIsTimedButNotSpringSecuritysOwnSteps() {
		Api operator = new Api(port, TOKEN);
		assertThat(operator.get("/public/v1/accounts/accounts?limit=1").status()).isEqualTo(200);
		Api.Response requests = operator
			.get("/actuator/metrics/http.server.requests?tag=uri:/public/v1/accounts/accounts");
		assertThat(requests.status()).isEqualTo(200);
		assertThat(requests.json().at("/measurements/0/value").asDouble()).isPositive();
		var names = StreamSupport.stream(operator.get("/actuator/metrics").json().get("names").spliterator(), false)
			.map(name -> name.asString())
			.toList();
		assertThat(names).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
	}

}
