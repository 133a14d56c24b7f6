package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.UserId;

class AccountUserUnitTests {

	static final Duration WEEK = Duration.ofDays(7);
	static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
	static final Actor ADMIN = new Actor(Actor.Type.USER, "USR-1111-1111", "Alex Admin", "ACC-1000-0001", false,
			Set.of(Actor.ACCOUNT_MANAGEMENT));
	static final Actor INVITEE = Actor.invitee(UserId.of("USR-2222-2222"), "Sam Smith");

	static AccountUser invited() {
		return AccountUser.invite("AUSR-1000-2000-3000", "ACC-1000-0001",
				new Person("USR-2222-2222", EmailAddress.of("sam@example.com"), "Sam", "Smith", null),
				Set.of("UGR-1000-0001"), ADMIN, T0, WEEK);
	}

	static AccountUser active() {
		AccountUser member = invited();
		member.accept(1, INVITEE, T0.plusSeconds(60));
		return member;
	}

	@Test
	void inviteStartsPendingForSevenDaysWithTheFirstLink() {
		AccountUser member = invited();
		assertThat(member.status(T0)).isEqualTo(Status.Invited);
		assertThat(member.expiresAt()).isEqualTo(T0.plus(WEEK));
		assertThat(member.linkGeneration()).isEqualTo(1);
		assertThat(member.invitedBy().userId()).isEqualTo(ADMIN.id());
	}

	@Test
	void invitationExpiresExactlyAtItsExpiryWhetherOrNotAnyJobRan() {
		AccountUser member = invited();
		assertThat(member.status(T0.plus(WEEK).minusMillis(1))).isEqualTo(Status.Invited);
		assertThat(member.status(T0.plus(WEEK))).isEqualTo(Status.InvitationExpired);
	}

	@Test
	void inviteNeedsAGroup() {
		assertThatThrownBy(() -> AccountUser.invite("AUSR-1000-2000-3000", "ACC-1000-0001",
				new Person("USR-2222-2222", EmailAddress.of("sam@example.com"), "Sam", "Smith", null), Set.of(), ADMIN,
				T0, WEEK))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void resendKeepsTheLinkAndResetsExpiryToAFullPeriod() {
		AccountUser member = invited();
		Instant later = T0.plus(Duration.ofDays(5));
		member.resend(ADMIN, later, WEEK);
		assertThat(member.linkGeneration()).isEqualTo(1);
		assertThat(member.expiresAt()).isEqualTo(later.plus(WEEK));
		assertThat(member.status(T0.plus(WEEK).plusSeconds(1))).isEqualTo(Status.Invited);
	}

	@Test
	void resendIsRefusedForAnExpiredInvitationWithAHint() {
		AccountUser member = invited();
		assertThatThrownBy(() -> member.resend(ADMIN, T0.plus(WEEK), WEEK)).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("Sam Smith's invitation has expired")
			.hasMessageContaining("Send a new invitation");
	}

	@Test
	void resendIsRefusedOnceAccepted() {
		assertThatThrownBy(() -> active().resend(ADMIN, T0.plusSeconds(120), WEEK)).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("Sam Smith is active");
	}

	@Test
	void copyLinkOnlyForAPendingUnexpiredInvitation() {
		invited().requireCopyableLink(T0.plusSeconds(1));
		assertThatThrownBy(() -> invited().requireCopyableLink(T0.plus(WEEK))).isInstanceOf(ActionRefused.class);
		assertThatThrownBy(() -> active().requireCopyableLink(T0.plusSeconds(120))).isInstanceOf(ActionRefused.class);
	}

	@Test
	void sendNewOnlyForAnExpiredInvitationAndKillsTheOldLink() {
		AccountUser member = invited();
		assertThatThrownBy(() -> member.sendNew(ADMIN, T0.plusSeconds(1), WEEK)).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("Resend");
		Instant expired = T0.plus(WEEK).plusSeconds(5);
		member.sendNew(ADMIN, expired, WEEK);
		assertThat(member.linkGeneration()).isEqualTo(2);
		assertThat(member.status(expired)).isEqualTo(Status.Invited);
		assertThat(member.expiresAt()).isEqualTo(expired.plus(WEEK));
		assertThat(member.linkState(1, expired)).isEqualTo(LinkState.REPLACED);
		assertThat(member.linkState(2, expired)).isEqualTo(LinkState.USABLE);
	}

	@Test
	void sendNewIsRefusedForActiveMembers() {
		assertThatThrownBy(() -> active().sendNew(ADMIN, T0.plus(WEEK.multipliedBy(2)), WEEK))
			.isInstanceOf(ActionRefused.class);
	}

	@Test
	void eachLinkStateIsToldApart() {
		assertThat(invited().linkState(1, T0)).isEqualTo(LinkState.USABLE);
		assertThat(invited().linkState(1, T0.plus(WEEK))).isEqualTo(LinkState.EXPIRED);
		assertThat(invited().linkState(7, T0)).isEqualTo(LinkState.UNKNOWN);
		assertThat(active().linkState(1, T0.plusSeconds(120))).isEqualTo(LinkState.USED);
		AccountUser removed = invited();
		removed.remove(ADMIN, T0.plusSeconds(1));
		assertThat(removed.linkState(1, T0.plusSeconds(2))).isEqualTo(LinkState.REMOVED);
		AccountUser declined = invited();
		declined.decline(1, INVITEE, T0.plusSeconds(1));
		assertThat(declined.linkState(1, T0.plusSeconds(2))).isEqualTo(LinkState.DECLINED);
	}

	@Test
	void acceptMakesTheMemberActiveOnceAndOnlyWithTheCurrentLink() {
		AccountUser member = invited();
		Instant at = T0.plusSeconds(30);
		member.accept(1, INVITEE, at);
		assertThat(member.status(at)).isEqualTo(Status.Active);
		assertThat(member.joinedAt()).isEqualTo(at);
		assertThatThrownBy(() -> member.accept(1, INVITEE, at)).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("already been accepted");
	}

	@Test
	void acceptIsRefusedForAnExpiredLinkWithWhatToDoNext() {
		assertThatThrownBy(() -> invited().accept(1, INVITEE, T0.plus(WEEK))).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("Ask your administrator");
	}

	@Test
	void declineEndsTheMembership() {
		AccountUser member = invited();
		member.decline(1, INVITEE, T0.plusSeconds(1));
		assertThat(member.status(T0.plusSeconds(1))).isEqualTo(Status.Declined);
		assertThat(member.status(T0.plusSeconds(1)).isLive()).isFalse();
		assertThatThrownBy(() -> member.accept(1, INVITEE, T0.plusSeconds(2))).isInstanceOf(ActionRefused.class);
	}

	@Test
	void removeWorksFromEveryLiveStateAndOnlyOnce() {
		AccountUser expired = invited();
		expired.remove(ADMIN, T0.plus(WEEK));
		assertThat(expired.status(T0.plus(WEEK))).isEqualTo(Status.Disabled);
		AccountUser blocked = active();
		blocked.block(ADMIN, T0.plusSeconds(100));
		blocked.remove(ADMIN, T0.plusSeconds(200));
		assertThat(blocked.status(T0.plusSeconds(200))).isEqualTo(Status.Disabled);
		assertThatThrownBy(() -> blocked.remove(ADMIN, T0.plusSeconds(300))).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("already removed");
	}

	@Test
	void nobodyRemovesOrBlocksThemselves() {
		Actor self = new Actor(Actor.Type.USER, "USR-2222-2222", "Sam Smith", "ACC-1000-0001", false,
				Set.of(Actor.ACCOUNT_MANAGEMENT));
		assertThatThrownBy(() -> active().remove(self, T0.plusSeconds(100))).isInstanceOf(ActionRefused.class)
			.hasMessage("You cannot remove yourself.");
		assertThatThrownBy(() -> active().block(self, T0.plusSeconds(100))).isInstanceOf(ActionRefused.class)
			.hasMessage("You cannot block yourself.");
	}

	@Test
	void blockOnlyActiveAndUnblockOnlyBlocked() {
		assertThatThrownBy(() -> invited().block(ADMIN, T0)).isInstanceOf(ActionRefused.class)
			.hasMessageContaining("Only an active member can be blocked");
		AccountUser member = active();
		assertThatThrownBy(() -> member.unblock(ADMIN, T0.plusSeconds(100))).isInstanceOf(ActionRefused.class);
		member.block(ADMIN, T0.plusSeconds(100));
		assertThat(member.status(T0.plusSeconds(100))).isEqualTo(Status.Blocked);
		member.unblock(ADMIN, T0.plusSeconds(200));
		assertThat(member.status(T0.plusSeconds(200))).isEqualTo(Status.Active);
	}

	@Test
	void groupsCanChangeButNeverToNone() {
		AccountUser member = active();
		member.replaceGroups(Set.of("UGR-1000-0002", "UGR-1000-0003"), ADMIN, T0.plusSeconds(100));
		assertThat(member.groupIds()).containsExactlyInAnyOrder("UGR-1000-0002", "UGR-1000-0003");
		assertThatThrownBy(() -> member.replaceGroups(Set.of(), ADMIN, T0.plusSeconds(200)))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("Choose at least one group.");
		member.remove(ADMIN, T0.plusSeconds(300));
		assertThatThrownBy(() -> member.replaceGroups(Set.of("UGR-1000-0002"), ADMIN, T0.plusSeconds(400)))
			.isInstanceOf(ActionRefused.class);
	}

	@Test
	void apiTokenInvitersAreShownAsTheAccountsAdministrators() {
		Actor token = new Actor(Actor.Type.API_TOKEN, "TKN-1000-0001", "API token \"CI\"", "ACC-1000-0001", false,
				Set.of(Actor.ACCOUNT_MANAGEMENT));
		assertThat(AccountUser.Inviter.of(token).displayName("Acme")).isEqualTo("An administrator of Acme");
		assertThat(AccountUser.Inviter.of(ADMIN).displayName("Acme")).isEqualTo("Alex Admin");
	}

}
