package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.EmailAddress;
import dev.lobby.platform.UserId;

/**
 * The actions menu offers exactly what the member's own methods then allow: for every
 * state, for an administrator and for the member themselves, an action is offered if and
 * only if doing it is not refused.
 */
class MemberActionsUnitTests {

	static final Duration WEEK = Duration.ofDays(7);

	static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

	static final Actor ADMIN = new Actor(Actor.Type.USER, "USR-1111-1111", "Alex Admin", "ACC-1000-0001", false,
			Set.of(Actor.ACCOUNT_MANAGEMENT));

	static final Actor SELF = new Actor(Actor.Type.USER, "USR-2222-2222", "Sam Smith", "ACC-1000-0001", false,
			Set.of(Actor.ACCOUNT_MANAGEMENT));

	static final Actor INVITEE = Actor.invitee(UserId.of("USR-2222-2222"), "Sam Smith");

	static AccountUser invited() {
		return AccountUser.invite("AUSR-1000-2000-3000", "ACC-1000-0001",
				new Person("USR-2222-2222", EmailAddress.of("sam@example.com"), "Sam", "Smith", null),
				Set.of("UGR-1000-0001"), ADMIN, T0, WEEK);
	}

	/** Each state, made afresh, with the moment to look at it. */
	static final Map<Status, Supplier<AccountUser>> STATES = Map.of(Status.Invited, MemberActionsUnitTests::invited,
			Status.InvitationExpired, MemberActionsUnitTests::invited, Status.Active, () -> {
				AccountUser member = invited();
				member.accept(1, INVITEE, T0);
				return member;
			}, Status.Blocked, () -> {
				AccountUser member = invited();
				member.accept(1, INVITEE, T0);
				member.block(ADMIN, T0);
				return member;
			}, Status.Disabled, () -> {
				AccountUser member = invited();
				member.remove(ADMIN, T0);
				return member;
			}, Status.Declined, () -> {
				AccountUser member = invited();
				member.decline(1, INVITEE, T0);
				return member;
			});

	static Instant when(Status status) {
		return status == Status.InvitationExpired ? T0.plus(WEEK).plusSeconds(1) : T0.plusSeconds(60);
	}

	static boolean allowed(AccountUser member, MemberAction action, Actor by, Instant now) {
		try {
			switch (action) {
				case EDIT -> member.replaceGroups(Set.of("UGR-1000-0002"), by, now);
				case RESEND -> member.resend(by, now, WEEK);
				case COPY_LINK -> member.requireCopyableLink(now);
				case SEND_NEW -> member.sendNew(by, now, WEEK);
				case BLOCK -> member.block(by, now);
				case UNBLOCK -> member.unblock(by, now);
				case REMOVE -> member.remove(by, now);
			}
			return true;
		}
		catch (ActionRefused refused) {
			return false;
		}
	}

	@Test
	void theMenuOffersExactlyWhatTheMemberThenAllows() {
		for (Map.Entry<Status, Supplier<AccountUser>> state : STATES.entrySet()) {
			Instant now = when(state.getKey());
			assertThat(state.getValue().get().status(now)).isEqualTo(state.getKey());
			for (Actor by : List.of(ADMIN, SELF)) {
				List<MemberAction> allowed = new ArrayList<>();
				for (MemberAction action : MemberAction.values()) {
					if (allowed(state.getValue().get(), action, by, now)) {
						allowed.add(action);
					}
				}
				assertThat(state.getValue().get().actions(by, now)).as(state.getKey() + " for " + by.name())
					.containsExactlyElementsOf(allowed);
			}
		}
	}

	@Test
	void theMenusOrderIsTheIssues() {
		assertThat(invited().actions(ADMIN, T0)).containsExactly(MemberAction.EDIT, MemberAction.RESEND,
				MemberAction.COPY_LINK, MemberAction.REMOVE);
		assertThat(invited().actions(ADMIN, T0.plus(WEEK))).containsExactly(MemberAction.EDIT, MemberAction.SEND_NEW,
				MemberAction.REMOVE);
		AccountUser active = STATES.get(Status.Active).get();
		assertThat(active.actions(ADMIN, T0)).containsExactly(MemberAction.EDIT, MemberAction.BLOCK,
				MemberAction.REMOVE);
		assertThat(active.actions(SELF, T0)).as("not for your own row: Block and Remove")
			.containsExactly(MemberAction.EDIT);
		assertThat(STATES.get(Status.Blocked).get().actions(ADMIN, T0)).containsExactly(MemberAction.EDIT,
				MemberAction.UNBLOCK, MemberAction.REMOVE);
	}

}
