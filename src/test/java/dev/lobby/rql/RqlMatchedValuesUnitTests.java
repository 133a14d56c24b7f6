package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RqlQuery#matchedValues}: which values of an enumeration field a filter on that
 * field alone lets through, so that a list keeping counts per value can answer its total.
 */
class RqlMatchedValuesUnitTests {

	private static final Set<String> STATUSES = Set.of("Invited", "Active", "Blocked", "Disabled", "Declined",
			"InvitationExpired");

	private static RqlQuery parse(String query) {
		return RqlQuery.parse(query, SampleSchema.SCHEMA);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			eq(status,Blocked)                                | Blocked
			status=Active                                     | Active
			eq(status,Blocked)&limit=0&order=-joinedAt        | Blocked
			in(status,Active,Blocked)                         | Active Blocked
			in(status,Invited,InvitationExpired)              | Invited InvitationExpired
			and(eq(status,Active),ne(status,Blocked))         | Active
			or(eq(status,Active),eq(status,Disabled))         | Active Disabled
			and(in(status,Active,Blocked),ne(status,Active))  | Blocked
			status=Active&status=Blocked                      | ''
			eq(status,null())                                 | ''
			""")
	void eqAndInLetThroughTheValuesTheyName(String query, String expected) {
		assertThat(parse(query).matchedValues("status")).contains(values(expected));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ne(status,Active)                                 | Active
			not(eq(status,Active))                            | Active
			out(status,Disabled,Declined)                     | Disabled Declined
			not(in(status,Disabled,Declined))                 | Disabled Declined
			and(ne(status,Active),ne(status,Blocked))         | Active Blocked
			not(or(eq(status,Active),eq(status,Blocked)))     | Active Blocked
			ne(status,null())                                 | ''
			""")
	void neOutAndNotLetThroughEveryOtherValue(String query, String excluded) {
		Set<String> others = new HashSet<>(STATUSES);
		others.removeAll(values(excluded));
		assertThat(parse(query).matchedValues("status")).contains(others);
	}

	@Test
	void notOfNotIsTheValuesAgain() {
		assertThat(parse("not(not(eq(status,Blocked)))").matchedValues("status")).contains(Set.of("Blocked"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "limit=0", "order=-joinedAt&limit=25", "eq(user.email,a@b.c)",
			"and(eq(status,Active),eq(admin,true))", "or(eq(status,Active),ilike(user.email,*@b.c))",
			"eq(status,Active)&user.firstName=Alex", "not(eq(logins,3))", "eq(groups.id,G1)&status=Active" })
	void isEmptyWithoutAFilterOrWhenAnotherFieldIsCompared(String query) {
		assertThat(parse(query).matchedValues("status")).isEmpty();
	}

	@Test
	void isEmptyForAFieldThatIsNotAnEnumerationOrNotInTheSchema() {
		assertThat(parse("eq(user.email,a@b.c)").matchedValues("user.email")).isEmpty();
		assertThat(parse("eq(status,Active)").matchedValues("nope")).isEmpty();
	}

	private static Set<String> values(String spaced) {
		return spaced.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(spaced.trim().split(" +")));
	}

}
