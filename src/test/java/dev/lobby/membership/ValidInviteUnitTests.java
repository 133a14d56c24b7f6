package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lobby.platform.InvalidInput;

/** The invite form is checked whole: every field's problem at once, nothing half-read. */
class ValidInviteUnitTests {

	@Test
	void everyFieldsProblemIsNamedAtOnce() {
		assertThatThrownBy(() -> InvitationManagement.ValidInvite
			.of(new InviteCommand("not-an-email", " ", "Smith\u202E", List.of()))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("email", "firstName", "lastName",
					"groups"));
	}

	@Test
	void noGroupsAtAllIsAFieldErrorLikeAnEmptyChoice() {
		for (List<String> none : Arrays.<List<String>>asList(null, List.of(), Arrays.asList((String) null))) {
			assertThatThrownBy(() -> InvitationManagement.ValidInvite
				.of(new InviteCommand("sam@example.com", "Sam", "Smith", none))).as(String.valueOf(none))
				.isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(((InvalidInput) e).errors().get("groups"))
					.containsExactly("Choose at least one group."));
		}
	}

	@Test
	void aValidInviteIsStrippedAndChoosesEachGroupOnce() {
		InvitationManagement.ValidInvite invite = InvitationManagement.ValidInvite
			.of(new InviteCommand(" sam@example.com ", " Sam ", "Smith", List.of("UGR-1", "UGR-2", "UGR-1")));
		assertThat(invite.email().value()).isEqualTo("sam@example.com");
		assertThat(invite.firstName().value()).isEqualTo("Sam");
		assertThat(invite.groupIds()).containsExactly("UGR-1", "UGR-2");
	}

}
