package dev.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lobby.membership.InvitationResent;
import dev.lobby.membership.InvitationSent;
import dev.lobby.membership.MemberRemoved;
import dev.lobby.membership.Status;
import dev.lobby.platform.Actor;
import dev.lobby.support.Api;
import dev.lobby.support.DomainEventProbe;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The services publish each change as a typed event; the audit trail and the emails
 * listen to it inside the change's transaction, so the three commit or roll back
 * together.
 */
class DomainEventsIntegrationTests extends LobbyIntegrationTestBase {

	@Autowired
	DomainEventProbe events;

	@Test
	void eachChangeIsPublishedOnceAsATypedEventThatItsRecordAndEmailFollow() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("sam");
		Instant invitedAt = clock.instant();
		String id = api(acme).post(acme.users(), invite(email, "Sam", "Smith", acme.administrators().id())).at("/id");
		clock.advance(Duration.ofDays(2));
		assertThat(api(acme).post(acme.users() + "/" + id + "/resend-invite", null).status()).isEqualTo(200);
		assertThat(api(acme).delete(acme.users() + "/" + id).status()).isEqualTo(204);

		assertThat(events.published(InvitationSent.class, id)).singleElement().satisfies(sent -> {
			assertThat(sent.accountId()).isEqualTo(acme.account().id());
			assertThat(sent.person().email().value()).isEqualTo(email);
			assertThat(sent.groupIds()).containsExactly(acme.administrators().id());
			assertThat(sent.invitation().expiresAt()).isEqualTo(invitedAt.plus(Duration.ofDays(7)));
			assertThat(sent.actor().type()).isEqualTo(Actor.Type.API_TOKEN);
		});
		InvitationResent resent = events.published(InvitationResent.class, id).get(0);
		assertThat(resent.invitation().generation()).as("a resend keeps the link")
			.isEqualTo(events.published(InvitationSent.class, id).get(0).invitation().generation());
		assertThat(resent.invitation().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
		assertThat(events.published(MemberRemoved.class, id)).singleElement()
			.satisfies(removed -> assertThat(removed.previousStatus()).isEqualTo(Status.Invited));

		assertThat(eventsOf(acme, id)).containsExactly("lobby.invitation.sent", "lobby.invitation.resent",
				"lobby.account-user.removed");
		assertThat(mailTo(email)).extracting(mail -> mail.subject()).hasSize(3).last().asString().contains("removed");
	}

	@Test
	void aListenerThatFailsUndoesTheChangeItsRecordAndItsEmail() {
		TestAccount acme = accounts.client("Acme");
		String email = uniqueEmail("kim");
		String id = api(acme).post(acme.users(), invite(email, "Kim", "Lee", acme.administrators().id())).at("/id");
		String expiresAt = member(acme, id).at("/invitation/expiresAt");
		clock.advance(Duration.ofDays(2));

		events.failNext(InvitationResent.class);
		Api.Response refused = api(acme).post(acme.users() + "/" + id + "/resend-invite", null);

		assertThat(refused.status()).isEqualTo(500);
		assertThat(refused.text()).doesNotContain("on purpose").doesNotContain("Exception");
		assertThat(member(acme, id).at("/invitation/expiresAt")).as("the resend was rolled back").isEqualTo(expiresAt);
		assertThat(eventsOf(acme, id)).containsExactly("lobby.invitation.sent");
		List<String> subjects = mailTo(email).stream().map(mail -> mail.subject()).toList();
		assertThat(subjects).as("only the first invitation went out").hasSize(1);
	}

	private Api.Response member(TestAccount account, String id) {
		return api(account).get(account.users() + "/" + id);
	}

}
