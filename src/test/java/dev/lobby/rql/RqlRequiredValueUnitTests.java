package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RqlQuery#requiredValue}: the one value a filter requires a field to hold, and
 * what else it asks, so that a list keeping counts per group can answer the total of a
 * group alone or of a group and a status.
 */
class RqlRequiredValueUnitTests {

	private static RqlQuery parse(String query) {
		return RqlQuery.parse(query, SampleSchema.SCHEMA);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "eq(groups.id,G1)", "groups.id=G1", "in(groups.id,G1)",
			"eq(groups.id,G1)&limit=0&order=-joinedAt" })
	void aGroupAloneLeavesNoOtherFilter(String query) {
		Optional<RqlQuery.Required> required = parse(query).requiredValue("groups.id");

		assertThat(required).map(RqlQuery.Required::value).contains("G1");
		assertThat(required.get().rest().filtersNothing()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			and(eq(groups.id,G1),eq(status,Active))                  | Active
			eq(status,Blocked)&groups.id=G1                          | Blocked
			and(eq(status,Blocked),and(eq(groups.id,G1),ne(status,Active))) | Blocked
			and(eq(groups.id,G1),or(eq(status,Active),eq(status,Declined))) | Active Declined
			""")
	void theOtherTermsAreTheRest(String query, String statuses) {
		Optional<RqlQuery.Required> required = parse(query).requiredValue("groups.id");

		assertThat(required).map(RqlQuery.Required::value).contains("G1");
		assertThat(required.get().rest().matchedValues("status")).contains(Set.of(statuses.split(" ")));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "limit=0", "eq(status,Active)", "in(groups.id,G1,G2)", "ne(groups.id,G1)",
			"out(groups.id,G1)", "eq(groups.id,null())", "not(eq(groups.id,G1))",
			"or(eq(groups.id,G1),eq(status,Active))", "and(eq(groups.id,G1),eq(groups.id,G2))",
			"and(eq(groups.id,G1),ne(groups.id,G2))", "or(eq(groups.id,G1),eq(groups.id,G2))" })
	void isEmptyUnlessExactlyOneTermRequiresOneValue(String query) {
		assertThat(parse(query).requiredValue("groups.id")).isEmpty();
	}

}
