package dev.lobby.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.lobby.support.TestAccounts.TestAccount;

/**
 * People who can sign in: invited through the REST API and registered through the link of
 * their invitation email, as a person would.
 */
@TestComponent
public class TestPeople {

	public static final String PASSWORD = "Str0ng!Pass";

	/** A member who registered a login; {@code id} is their membership (AUSR-…). */
	public record Person(String id, String email, String firstName, String lastName, String password) {

		public String name() {
			return firstName + " " + lastName;
		}
	}

	/**
	 * A new person, an active member of the account in these groups (its administrators
	 * when none are named).
	 */
	public Person member(LobbyIntegrationTestBase test, TestAccount account, String firstName, String... groupIds) {
		String email = firstName.toLowerCase() + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String[] groups = groupIds.length == 0 ? new String[] { account.administrators().id() } : groupIds;
		Api.Response invited = test.api(account)
			.post(account.users(), LobbyIntegrationTestBase.invite(email, firstName, "Tester", groups));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		String link = test.emailedLinkFor(email, invited.at("/invitation/url"));
		Api.Response accepted = test.anonymous()
			.post("/public/v1/invitations/" + LobbyIntegrationTestBase.codeOf(link) + "/accept",
					Map.of("firstName", firstName, "lastName", "Tester", "password", PASSWORD));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		return new Person(invited.at("/id"), email, firstName, "Tester", PASSWORD);
	}

	/** The same person joins another account (signing in with their login). */
	public void join(LobbyIntegrationTestBase test, Person person, TestAccount account) {
		Api.Response invited = test.api(account)
			.post(account.users(), LobbyIntegrationTestBase.invite(person.email(), person.firstName(),
					person.lastName(), account.administrators().id()));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		String link = test.emailedLinkFor(person.email(), invited.at("/invitation/url"));
		Api.Response accepted = test.anonymous()
			.post("/public/v1/invitations/" + LobbyIntegrationTestBase.codeOf(link) + "/accept",
					Map.of("password", person.password()));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
	}

	/** A group of the account that grants Support only: its members manage nothing. */
	public String supportGroup(LobbyIntegrationTestBase test, TestAccount account) {
		Api.Response group = test.api(account)
			.post("/public/v1/accounts/user-groups",
					Map.of("name", "Support " + UUID.randomUUID().toString().substring(0, 6), "modules",
							List.of(Map.of("id", "MOD-1005"))));
		assertThat(group.status()).as(group.text()).isEqualTo(201);
		return group.at("/id");
	}

	/** Blocks a member through the REST API. */
	public void block(LobbyIntegrationTestBase test, TestAccount account, Person person) {
		Api.Response blocked = test.api(account).post(account.users() + "/" + person.id() + "/block", null);
		assertThat(blocked.status()).as(blocked.text()).isEqualTo(200);
	}

}
