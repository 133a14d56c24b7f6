package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every name follows one rule; the kind of name changes only the field and the words a
 * person reads.
 */
class NameUnitTests {

	@Test
	void aPersonsNameIsRefusedWithASentenceForEachProblem() {
		assertThat(Name.of(Name.FIRST_NAME, "  Sam ").value()).isEqualTo("Sam");
		assertThat(Name.of(Name.LAST_NAME, "x".repeat(100)).value()).hasSize(100);
		assertRefused(Name.FIRST_NAME, null, "firstName", "Enter a first name.");
		assertRefused(Name.LAST_NAME, " \t", "lastName", "Enter a last name.");
		assertRefused(Name.LAST_NAME, "x".repeat(101), "lastName", "The last name can be at most 100 characters.");
		assertRefused(Name.FIRST_NAME, "Sam\nSmith", "firstName", "The first name cannot contain line breaks,"
				+ " control characters, invisible characters or text-direction overrides.");
	}

	@Test
	void theNameOfAThingStatesTheWholeRuleWhenTooLongOrUnsafe() {
		Name.Kind group = Name.Kind.ofThing("group", 100);
		Name.Kind account = Name.Kind.ofThing("account", 200);
		String rule = " characters and no line breaks, control characters, invisible characters or"
				+ " text-direction overrides.";
		assertRefused(group, "", "name", "Enter a name for the group.");
		assertRefused(group, "x".repeat(101), "name", "A group name has at most 100" + rule);
		assertRefused(group, "Buy\u202Eers", "name", "A group name has at most 100" + rule);
		assertRefused(account, "x".repeat(201), "name", "An account name has at most 200" + rule);
		assertThat(Name.of(account, "x".repeat(200)).value()).hasSize(200);
	}

	@Test
	void namesAreEqualWhenTheirTextIs() {
		assertThat(Name.of(Name.FIRST_NAME, " Sam")).isEqualTo(Name.of(Name.LAST_NAME, "Sam"))
			.hasSameHashCodeAs(Name.of(Name.LAST_NAME, "Sam"))
			.hasToString("Sam");
	}

	private static void assertRefused(Name.Kind kind, @Nullable String typed, String field, String sentence) {
		assertThatThrownBy(() -> Name.of(kind, typed)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors())
				.containsExactlyEntriesOf(Map.of(field, List.of(sentence))));
	}

}
