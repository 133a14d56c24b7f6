package dev.lobby.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lobby.console.web.InviteDraft.Step;

class InviteDraftUnitTests {

	@Test
	void aDraftReadsBackExactlyFromTheStringTheSessionKeeps() {
		InviteDraft draft = InviteDraft.start("ACC-1234-5678")
			.withEmail("sam+a&b=c@example.com", true)
			.withNames("Zoë, the 1st", "O'Brien & Söhne", true)
			.withGroups(List.of("UGR-1111-2222", "UGR-3333-4444"), false)
			.invited("AUSR-1234-5678-9012");

		InviteDraft read = InviteDraft.decode(draft.encode());

		assertThat(read).isEqualTo(draft);
		assertThat(InviteDraft.decode(InviteDraft.start("ACC-1").encode())).isEqualTo(InviteDraft.start("ACC-1"));
	}

	@Test
	void theWizardGoesNoFurtherThanTheFirstStepNotYetAccepted() {
		InviteDraft draft = InviteDraft.start("ACC-1");
		assertThat(draft.furthest()).isEqualTo(Step.EMAIL);
		draft = draft.withEmail("sam@example.com", true);
		assertThat(draft.furthest()).isEqualTo(Step.NAME);
		draft = draft.withNames("Sam", "Smith", true).withGroups(List.of("UGR-1111-2222"), true);
		assertThat(draft.furthest()).isEqualTo(Step.OVERVIEW);
		// Back from a step takes its values along unchecked: it must be accepted again.
		assertThat(draft.withNames("Sam", "", false).furthest()).isEqualTo(Step.NAME);
		assertThat(draft.invited("AUSR-1234-5678-9012").furthest()).isEqualTo(Step.INVITED);
	}

	@Test
	void aStringThatIsNotADraftReadsAsAnEmptyOne() {
		InviteDraft read = InviteDraft.decode("garbage&=x&checked=nonsense,email");
		assertThat(read.accountId()).isEmpty();
		assertThat(read.checked()).containsExactly(Step.EMAIL);
		assertThat(read.invitedId()).isNull();
	}

}
