package dev.lobby.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.Name;
import dev.lobby.support.TestAccounts.TestAccount;
import dev.lobby.user.User;
import dev.lobby.user.UserDirectory;

/**
 * People who can sign in: invited through the REST API and registered through the link of
 * their invitation email, as a person would.
 */
@TestComponent
public class TestPeople {

	public static final String PASSWORD = "Str0ng!Pass";

	private final UserDirectory users;

	private final MembershipManagement memberships;

	TestPeople(UserDirectory users, MembershipManagement memberships) {
		this.users = users;
		this.memberships = memberships;
	}

	/**
	 * Many active members at once, without invitations (so without emails and their
	 * limits): {@code first-001} to {@code first-NNN}, last name {@code lastName}.
	 */
	public void enrolMany(TestAccount account, String firstName, String lastName, int count) {
		String batch = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= count; i++) {
			String number = String.format("%03d", i);
			User user = users.findOrCreate(
					EmailAddress.of(firstName.toLowerCase() + number + "." + batch + "@example.com"),
					Name.of(Name.FIRST_NAME, firstName + number), Name.of(Name.LAST_NAME, lastName));
			memberships.enrolFounder(account.accountId(), user, Set.of(account.administrators().id()), Actor.system());
		}
	}

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
