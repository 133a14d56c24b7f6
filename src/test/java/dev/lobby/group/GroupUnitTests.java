package dev.lobby.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.Stamp;

class GroupUnitTests {

	static final Module ACCOUNT_MANAGEMENT = new Module("MOD-1001", "Account Management", "…");
	static final Module BILLING = new Module("MOD-1003", "Billing", "…");
	static final Stamp CREATED = new Stamp(Instant.parse("2026-01-01T00:00:00Z"), "system", "Lobby");
	static final Stamp LATER = new Stamp(Instant.parse("2026-02-01T00:00:00Z"), "TKN-1234-5678", "API token");

	static Group group(String name, boolean isDefault, Module... modules) {
		return new Group("UGR-1234-5678", "ACC-1234-5678", name, null, isDefault, List.of(modules), 4, CREATED,
				CREATED);
	}

	@Test
	void editingKeepsIdentityAndVersionAndTakesTheNewValues() {
		Group edited = group("Buyers", false, BILLING).edited("Sellers", "Sell", List.of(ACCOUNT_MANAGEMENT), LATER);

		assertThat(edited.name()).isEqualTo("Sellers");
		assertThat(edited.description()).isEqualTo("Sell");
		assertThat(edited.modules()).containsExactly(ACCOUNT_MANAGEMENT);
		assertThat(edited.version()).as("the version read, checked when saving").isEqualTo(4);
		assertThat(edited.created()).isEqualTo(CREATED);
		assertThat(edited.updated()).isEqualTo(LATER);
	}

	@Test
	void theDefaultGroupMayBeRenamedButKeepsItsModules() {
		Group administrators = group("Administrators", true, ACCOUNT_MANAGEMENT);

		assertThat(administrators.edited("Owners", null, List.of(ACCOUNT_MANAGEMENT), LATER).name())
			.isEqualTo("Owners");
		assertThatThrownBy(() -> administrators.edited("Owners", null, List.of(ACCOUNT_MANAGEMENT, BILLING), LATER))
			.isInstanceOf(ActionRefused.class)
			.hasMessageContaining("default group, so its modules cannot change");
		assertThatThrownBy(() -> administrators.edited("Owners", null, List.of(BILLING), LATER))
			.isInstanceOf(ActionRefused.class);
	}

	@Test
	void refusesToDeleteTheDefaultGroupOrOneWithLiveMembers() {
		assertThatThrownBy(() -> group("Administrators", true, ACCOUNT_MANAGEMENT).requireDeletable(0))
			.isInstanceOf(ActionRefused.class)
			.hasMessage("\"Administrators\" is the account's default group, so it cannot be deleted.");
		assertThatThrownBy(() -> group("Buyers", false, BILLING).requireDeletable(1))
			.hasMessageStartingWith("\"Buyers\" still has 1 member, so it cannot be deleted.");
		assertThatThrownBy(() -> group("Buyers", false, BILLING).requireDeletable(3))
			.hasMessageStartingWith("\"Buyers\" still has 3 members, so it cannot be deleted.");
		group("Buyers", false, BILLING).requireDeletable(0);
	}

	@Test
	void theReasonShownBeforehandIsTheSentenceTheDeleteRefusesWith() {
		Group buyers = group("Buyers", false, BILLING);
		assertThat(buyers.deletionRefusal(0)).isEmpty();
		assertThat(buyers.deletionRefusal(2).map(Sentence::english)).contains(
				"\"Buyers\" still has 2 members, so it cannot be deleted. Move them to other groups or remove them from the account first.");
		assertThatThrownBy(() -> buyers.requireDeletable(2))
			.hasMessage(buyers.deletionRefusal(2).orElseThrow().english());
		Group administrators = group("Administrators", true, ACCOUNT_MANAGEMENT);
		assertThat(administrators.deletionRefusal(0).map(Sentence::english))
			.contains("\"Administrators\" is the account's default group, so it cannot be deleted.");
		assertThat(administrators.modulesFixed()).isTrue();
		assertThat(buyers.modulesFixed()).isFalse();
	}

	@Test
	void namesAreRequiredStrippedShortAndOnOneLine() {
		assertThat(name("  Buyers  ")).isEqualTo("Buyers");
		assertThat(name("x".repeat(100))).hasSize(100);
		assertThatThrownBy(() -> name(null)).isInstanceOf(InvalidInput.class).hasMessage("Enter a name for the group.");
		assertThatThrownBy(() -> name(" \t ")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> name("x".repeat(101))).isInstanceOf(InvalidInput.class)
			.hasMessage("A group name has at most 100 characters and no line breaks, control characters,"
					+ " invisible characters or text-direction overrides.");
		assertThatThrownBy(() -> name("Buyers\u0000")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> name("Buy\ners")).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("name"));
	}

	@Test
	void descriptionsAreOptionalAndAtMostAThousandCharacters() {
		assertThat(GroupRules.description(null)).isNull();
		assertThat(GroupRules.description("   ")).isNull();
		assertThat(GroupRules.description(" Buys things ")).isEqualTo("Buys things");
		assertThatThrownBy(() -> GroupRules.description("x".repeat(1001))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("description"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Buyers\u202Eevil", "Buyers\u2068x", "Buyers\u2028x", "Buyers\u2029x", "Buyers\tx" })
	void groupNamesRefuseLineSeparatorsAndBidiControls(String name) {
		assertThatThrownBy(() -> name(name)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("name"));
		assertThat(name(" Käufer ")).isEqualTo("Käufer");
	}

	private static String name(@Nullable String typed) {
		return Name.of(GroupRules.NAME, typed).value();
	}

}
