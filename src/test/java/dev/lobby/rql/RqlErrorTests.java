package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lobby.platform.InvalidInput;

class RqlErrorTests {

	private static RqlException refusal(String query) {
		RqlException error = catchThrowableOfType(RqlException.class, () -> RqlQuery.parse(query, SampleSchema.SCHEMA));
		assertThat(error).as("refusal of %s", query).isNotNull();
		return error;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					like(user.email,x)                   | Unknown operator 'like' at position 0; use one of eq, ne, gt, ge, lt, le, ilike, in, out, and, or, not
					and(eq(status,Active),eq(logins,1)   | Expected ')' at position 34, found the end of the query
					eq(logins,1))                        | Expected '&' or the end of the query at position 12, found ')'
					eq(logins,1,2)                       | Expected ')' at position 11, found ','
					eq(logins)                           | Expected ',' at position 9, found ')'
					eq(,1)                               | Expected a field name at position 3, found ','
					eq(user.email,)                      | Expected a value (write empty() for empty text) at position 14, found ')'
					eq                                   | Expected '(' at position 2, found the end of the query
					(eq(logins,1))                       | Expected an operator such as eq( at position 0, found '('
					status=Active=x                      | Expected '&' or the end of the query at position 13, found '='
					status=                              | Expected a value (write empty() for empty text) at position 7, found the end of the query
					gt(audit.created.at,abc)             | 'abc' at position 20 is not a valid date-time for audit.created.at; use ISO-8601 like 2026-11-26T10:00:00Z
					gt(audit.created.at,2026-11-26)      | '2026-11-26' at position 20 is not a valid date-time for audit.created.at; use ISO-8601 like 2026-11-26T10:00:00Z
					gt(audit.created.at,%2B300000-01-01T00:00:00Z) | '+300000-01-01T00:00:00Z' at position 20 is outside the dates audit.created.at can be compared with; use a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z
					lt(joinedAt,-4714-11-24T00:00:00Z)   | '-4714-11-24T00:00:00Z' at position 12 is outside the dates joinedAt can be compared with; use a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z
					lt(joinedAt,0001-01-01T00:30:00%2B01:00) | '0001-01-01T00:30:00+01:00' at position 12 is outside the dates joinedAt can be compared with; use a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z
					eq(logins,abc)                       | 'abc' at position 10 is not a whole number for logins
					eq(admin,yes)                        | 'yes' at position 9 is not a valid value for admin; use true or false
					eq(status,Gone)                      | 'Gone' at position 10 is not a valid value for status; use one of Active, Blocked, Declined, Disabled, InvitationExpired, Invited
					status=active                        | 'active' at position 7 is not a valid value for status; use one of Active, Blocked, Declined, Disabled, InvitationExpired, Invited
					gt(status,Active)                    | gt cannot be used on status at position 3; use one of eq, ne, in, out
					ilike(logins,1*)                     | ilike cannot be used on logins at position 6; use one of eq, ne, gt, ge, lt, le, in, out
					gt(joinedAt,null())                  | null() at position 12 can only be used with eq or ne
					in(user.email,a,null())              | null() at position 16 can only be used with eq or ne
					eq(user.email,now())                 | Unknown value function 'now' at position 14; use null() or empty(), or write a literal ( as %28
					eq(joinedAt,empty())                 | '' at position 12 is not a valid date-time for joinedAt; use ISO-8601 like 2026-11-26T10:00:00Z
					not(eq(logins,1),eq(logins,2))       | not at position 0 takes exactly one term
					and(eq(logins,1))                    | and at position 0 needs at least two terms
					or(eq(logins,1))                     | or at position 0 needs at least two terms
					eq(user.email,50%)                   | Malformed percent-encoding at position 16; write a literal % as %25
					eq(user.email,%zz)                   | Malformed percent-encoding at position 14; write a literal % as %25
					eq(user.email,%C3%28)                | The percent-encoded text at position 14 is not valid UTF-8
					eq(user.email,a%00b)                 | The value at position 14 contains a control or invalid character
					eq(user.email,%ED%A0%80)             | The percent-encoded text at position 14 is not valid UTF-8
					""")
	void refusesWithAMessageThatPointsAtTheProblem(String query, String message) {
		RqlException error = refusal(query);

		assertThat(error.getMessage()).isEqualTo(message);
		assertThat(error.errors()).isEqualTo(Map.of("query", List.of(message)));
	}

	@Test
	void anUnknownFieldListsTheKnownOnes() {
		assertThat(refusal("and(eq(status,Active),eq(user.emial,x))").getMessage())
			.isEqualTo("Unknown field 'user.emial' at position 25. Known fields: id, status, user.email, "
					+ "user.firstName, groups.id, audit.created.at, joinedAt, logins, admin");
		assertThat(refusal("user.emial=x").getMessage()).startsWith("Unknown field 'user.emial' at position 0.");
	}

	@Test
	void isAnInvalidInputSoItBecomesA400() {
		assertThat(refusal("nope")).isInstanceOf(InvalidInput.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					limit=abc          | limit  | limit must be a whole number from 0 to 100, found 'abc' at position 6
					limit=-1           | limit  | limit must be a whole number from 0 to 100, found '-1' at position 6
					limit=1.5          | limit  | limit must be a whole number from 0 to 100, found '1.5' at position 6
					limit=+5           | limit  | limit must be a whole number from 0 to 100, found '+5' at position 6
					limit=1,2          | limit  | limit takes one number, found a list at position 8
					limit=             | limit  | Expected a value for limit at position 6, found the end of the query
					limit=5&limit=6    | limit  | limit is given twice, again at position 8
					offset=-5          | offset | offset must be a whole number from 0 to 2147483647, found '-5' at position 7
					offset=2147483648  | offset | offset must be a whole number from 0 to 2147483647, found '2147483648' at position 7
					order=-user.emial  | order  | Unknown field 'user.emial' in order at position 6. Known fields: id, status, user.email, user.firstName, groups.id, audit.created.at, joinedAt, logins, admin
					order=status       | order  | status at position 6 cannot be sorted on; sortable fields: id, user.email, user.firstName, audit.created.at, joinedAt, logins
					order=             | order  | Expected a value for order at position 6, found the end of the query
					select=-gr%20oups  | select | select expects +field or -field, found '-gr oups' at position 7
					""")
	void refusesBadReservedParametersUnderTheirOwnName(String query, String parameter, String message) {
		RqlException error = refusal(query);

		assertThat(error.errors()).isEqualTo(Map.of(parameter, List.of(message)));
	}

	@Test
	void refusesQueriesLongerThan8192Characters() {
		String query = "eq(user.email," + "a".repeat(8192) + ")";

		assertThat(refusal(query).getMessage())
			.isEqualTo("The query string is 8207 characters long; at most 8192 are allowed");
	}

	@Test
	void refusesNestingDeeperThan32Levels() {
		String ok = "not(".repeat(31) + "eq(logins,1)" + ")".repeat(31);
		String tooDeep = "not(".repeat(32) + "eq(logins,1)" + ")".repeat(32);

		assertThat(RqlQuery.parse(ok, SampleSchema.SCHEMA).where().params()).containsExactly(1L);
		assertThat(refusal(tooDeep).getMessage()).isEqualTo("The query nests more than 32 levels deep at position 128");
	}

	@Test
	void refusesMoreThan200Terms() {
		String ok = "or(" + "eq(logins,1),".repeat(198) + "eq(logins,1))";
		String tooMany = "or(" + "eq(logins,1),".repeat(199) + "eq(logins,1))";

		assertThat(RqlQuery.parse(ok, SampleSchema.SCHEMA).where().params()).hasSize(199);
		assertThat(refusal(tooMany).getMessage())
			.isEqualTo("The query has more than 200 terms; the next one is at position 2590");
	}

	@Test
	void countsShortcutTermsToo() {
		assertThat(refusal("logins=1&".repeat(201)).getMessage()).startsWith("The query has more than 200 terms");
	}

	@Test
	void refusesInListsOfMoreThan100Values() {
		String ok = "in(logins" + ",1".repeat(100) + ")";
		String tooMany = "in(logins" + ",1".repeat(101) + ")";

		assertThat(RqlQuery.parse(ok, SampleSchema.SCHEMA).where().params()).hasSize(100);
		assertThat(refusal(tooMany).getMessage())
			.isEqualTo("in takes at most 100 values; the list goes on at position 209");
	}

	@Test
	void shortensLongTokensInMessages() {
		assertThat(refusal("x".repeat(500) + "(a)").getMessage()).isEqualTo("Unknown operator '" + "x".repeat(40)
				+ "…' at position 0; use one of eq, ne, gt, ge, lt, le, " + "ilike, in, out, and, or, not");
	}

}
