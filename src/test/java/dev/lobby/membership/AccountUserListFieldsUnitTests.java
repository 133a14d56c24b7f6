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

/**
 * Which member list filters the counts kept per status answer: a filter on status alone,
 * with the statuses it matches (Invited meaning pending, as in the filter).
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

	private static Set<Status> statuses(String spaced) {
		return spaced.isBlank() ? Set.of()
				: Arrays.stream(spaced.trim().split(" +")).map(Status::valueOf).collect(Collectors.toSet());
	}

}
