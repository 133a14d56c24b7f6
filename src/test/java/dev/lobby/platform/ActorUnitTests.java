package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "The actor may see this account", for one account and as a list filter: the same rule.
 */
class ActorUnitTests {

	static final Actor CLIENT = new Actor(Actor.Type.API_TOKEN, "TKN-1000-0001", "API token \"CI\"", "ACC-1000-0001",
			false, Set.of(Actor.ACCOUNT_MANAGEMENT));

	static final Actor OPERATOR = new Actor(Actor.Type.API_TOKEN, "TKN-2000-0001", "API token \"Ops\"", "ACC-2000-0001",
			true, Set.of("MOD-1002"));

	@Test
	void aClientSeesOnlyItsOwnAccountAndListsOnlyIt() {
		assertThat(CLIENT.canSee("ACC-1000-0001")).isTrue();
		assertThat(CLIENT.canSee("ACC-2000-0001")).isFalse();
		assertThat(CLIENT.onlyVisibleAccount()).contains("ACC-1000-0001");
	}

	@Test
	void theOperatorSeesEveryAccountButStillNeedsTheModule() {
		assertThat(OPERATOR.canSee("ACC-1000-0001")).isTrue();
		assertThat(OPERATOR.onlyVisibleAccount()).isEmpty();
		assertThatThrownBy(OPERATOR::requireAccountManagement).isInstanceOf(NotPermitted.class)
			.hasMessageContaining("Account Management");
	}

	@Test
	void anInviteeSeesNoAccountAndHasNoListOfThem() {
		Actor invitee = Actor.invitee(UserId.of("USR-1000-0001"), "Sam Smith");
		assertThat(invitee.canSee("ACC-1000-0001")).isFalse();
		assertThatThrownBy(invitee::onlyVisibleAccount).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(invitee::requireAccountManagement).isInstanceOf(NotPermitted.class);
	}

	@Test
	void lobbyItselfActsOnEveryAccountWithEveryModule() {
		assertThat(Actor.system().canSee("ACC-1000-0001")).isTrue();
		assertThat(Actor.system().onlyVisibleAccount()).isEmpty();
		Actor.system().requireAccountManagement();
	}

}
