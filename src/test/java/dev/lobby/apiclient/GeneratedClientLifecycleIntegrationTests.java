package dev.lobby.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lobby.client.ApiClient;
import dev.lobby.client.ApiException;
import dev.lobby.client.api.AccountUsersApi;
import dev.lobby.client.api.AuditTrailApi;
import dev.lobby.client.api.InvitationsApi;
import dev.lobby.client.model.AcceptCommand;
import dev.lobby.client.model.AccountUserJson;
import dev.lobby.client.model.AuditRecord;
import dev.lobby.client.model.GroupRef;
import dev.lobby.client.model.InviteRequest;
import dev.lobby.client.model.Problem;
import dev.lobby.client.model.UserFields;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * The walk-through of the invitation lifecycle (docs/api.md), driven only through a
 * client generated from the published OpenAPI description ({@code docs/openapi.json}), as
 * an integrator would: if the description drifts from what the server does, this stops
 * compiling or fails.
 */
class GeneratedClientLifecycleIntegrationTests extends LobbyIntegrationTestBase {

	AccountUsersApi members;

	InvitationsApi invitations;

	AuditTrailApi audit;

	ApiClient client;

	TestAccount acme;

	@BeforeEach
	void connect() {
		acme = accounts.client("Acme");
		client = clientOf("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + acme.token()));
		members = new AccountUsersApi(client);
		// The invitee holds no token.
		invitations = new InvitationsApi(clientOf("http://localhost:" + port));
		audit = new AuditTrailApi(client);
	}

	static ApiClient clientOf(String baseUri) {
		ApiClient client = new ApiClient();
		client.updateBaseUri(baseUri);
		return client;
	}

	Problem problemOf(ApiException refused) throws JsonProcessingException {
		return client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
	}

	@Test
	void theWholeInvitationLifecycleThroughTheGeneratedClient() throws Exception {
		String email = uniqueEmail("sam");
		AccountUserJson sam = members.inviteMember(acme.id(),
				new InviteRequest().user(new UserFields().email(email).firstName("Sam").lastName("Smith"))
					.groups(List.of(new GroupRef().id(acme.administrators().id()))),
				null);
		assertThat(sam.getStatus()).isEqualTo("Invited");
		assertThat(sam.getInvitation().getExpiresAt().toInstant()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
		assertThat(mailTo(email)).hasSize(1);

		clock.advance(Duration.ofDays(2));
		AccountUserJson resent = members.resendInvitation(acme.id(), sam.getId(), null);
		assertThat(resent.getInvitation().getUrl()).isEqualTo(sam.getInvitation().getUrl());
		assertThat(resent.getInvitation().getExpiresAt().toInstant())
			.isEqualTo(clock.instant().plus(Duration.ofDays(7)));
		assertThat(mailTo(email)).hasSize(2);
		assertThat(members.copyInvitationLink(acme.id(), sam.getId())).containsEntry("url",
				sam.getInvitation().getUrl());

		clock.advance(Duration.ofDays(7));
		assertThat(members.getMember(acme.id(), sam.getId()).getStatus()).isEqualTo("InvitationExpired");
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> members.resendInvitation(acme.id(), sam.getId(), null));
		assertThat(refused.getCode()).isEqualTo(409);
		Problem problem = problemOf(refused);
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("expired").contains("Send a new invitation");

		AccountUserJson renewed = members.sendNewInvitation(acme.id(), sam.getId(), null);
		assertThat(renewed.getStatus()).isEqualTo("Invited");
		assertThat(renewed.getInvitation().getUrl()).isNotEqualTo(sam.getInvitation().getUrl());

		String code = codeOf(emailedLinkFor(email, renewed.getInvitation().getUrl()));
		AccountUserJson joined = invitations.acceptInvitation(code,
				new AcceptCommand().firstName("Sam").lastName("Smith").password("Str0ng!Pass"));
		assertThat(joined.getStatus()).isEqualTo("Active");
		assertThat(joined.getJoinedAt()).isNotNull();

		assertThat(members.blockMember(acme.id(), sam.getId(), null).getStatus()).isEqualTo("Blocked");
		assertThat(members.unblockMember(acme.id(), sam.getId(), null).getStatus()).isEqualTo("Active");
		members.removeMember(acme.id(), sam.getId(), null);
		assertThat(members.getMember(acme.id(), sam.getId()).getStatus()).isEqualTo("Disabled");

		List<String> history = audit.listAuditRecords(null, 100, 0, "occurredAt")
			.getData()
			.stream()
			.filter(record -> sam.getId().equals(record.getObject().getId()))
			.map(AuditRecord::getEventKey)
			.toList();
		assertThat(history).containsExactly("lobby.invitation.sent", "lobby.invitation.resent",
				"lobby.invitation.link-copied", "lobby.invitation.renewed", "lobby.invitation.accepted",
				"lobby.account-user.blocked", "lobby.account-user.unblocked", "lobby.account-user.removed");
	}

}
