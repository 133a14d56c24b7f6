package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lobby.rql.RqlQuery;

/**
 * Which member list filters the counts kept per status answer: a filter on status alone,
 * with the statuses it matches (Invited meaning pending, as in the filter); and the SQL a
 * filter on status writes.
 */
class AccountUserListFieldsUnitTests {

	final AccountUserListFields fields = new AccountUserListFields(
			Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			eq(status,Blocked)&order=-joinedAt&limit=25 | Blocked
			status=Active                               | Active
			eq(status,Disabled)&limit=0                 | Disabled
			eq(status,Declined)                         | Declined
			in(status,Active,Blocked)                   | Active Blocked
			in(status,Invited,InvitationExpired)        | Invited InvitationExpired
			eq(status,Invited)                          | Invited
			eq(status,InvitationExpired)                | InvitationExpired
			ne(status,Invited)                          | InvitationExpired Active Blocked Disabled Declined
			in(status,Active,InvitationExpired)         | Active InvitationExpired
			ne(status,Active)                           | Invited InvitationExpired Blocked Disabled Declined
			out(status,Invited,InvitationExpired)       | Active Blocked Disabled Declined
			ne(status,null())                           | Invited InvitationExpired Active Blocked Disabled Declined
			eq(status,null())                           | ''
			""")
	void aFilterOnStatusAloneMatchesTheMembersOfSomeStatuses(String query, String statuses) {
		assertThat(fields.statuses(fields.parse(query))).contains(statuses(statuses));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "limit=0", "and(eq(status,Active),ilike(user.email,*@example.com))",
			"eq(status,Active)&eq(groups.id,UGR-1)", "or(eq(status,Active),eq(user.firstName,Sam))",
			"ne(user.email,null())" })
	void anyOtherFilterIsCountedInstead(String query) {
		assertThat(fields.statuses(fields.parse(query))).isEmpty();
	}

	/**
	 * Stored statuses are written out, so a page filtered on them alone binds nothing but
	 * its account and keeps one plan per set of statuses (RqlQuery#page); the clock of
	 * pending and expired invitations stays bound, and so does the page then.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					eq(status,Blocked)&order=-joinedAt&limit=25 | (au.status = 'Blocked')                               | LIMIT 25 OFFSET 0
					in(status,Active,Blocked)&limit=25&offset=50 | (au.status IN ('Active', 'Blocked'))                  | LIMIT 25 OFFSET 50
					ne(status,Active)&limit=25                  | ((au.status = 'Active') IS NOT TRUE)                  | LIMIT 25 OFFSET 0
					out(status,Disabled,Declined)&limit=25      | ((au.status IN ('Disabled', 'Declined')) IS NOT TRUE) | LIMIT 25 OFFSET 0
					""")
	void storedStatusesAreWrittenOutAndTheirPageToo(String query, String where, String page) {
		RqlQuery parsed = fields.parse(query);

		assertThat(parsed.where().sql()).isEqualTo(where);
		assertThat(parsed.where().params()).isEmpty();
		assertThat(parsed.page().sql()).isEqualTo(page);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "eq(status,Invited)", "in(status,Active,InvitationExpired)",
			"and(eq(status,Active),ilike(user.email,*@example.com))" })
	void aFilterThatBindsAValueKeepsThePageBound(String query) {
		RqlQuery parsed = fields.parse(query);

		assertThat(parsed.where().params()).isNotEmpty();
		assertThat(parsed.page().sql()).isEqualTo("LIMIT ? OFFSET ?");
	}

	private static Set<Status> statuses(String spaced) {
		return spaced.isBlank() ? Set.of()
				: Arrays.stream(spaced.trim().split(" +")).map(Status::valueOf).collect(Collectors.toSet());
	}

}
