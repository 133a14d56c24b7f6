package dev.lobby.membership.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.idempotency.IdempotentRequests;
import dev.lobby.membership.AccountUser;
import dev.lobby.membership.InvitationManagement;
import dev.lobby.membership.MemberDetails;
import dev.lobby.membership.MemberDetailsAssembler;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountUserId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.IfMatch;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;
import dev.lobby.web.RqlQueryString;

/** The account users of one account: invite, read, change, remove (SPEC §5). */
@Tag(name = "Account users")
@RestController
@RequestMapping("/public/v1/accounts/accounts/{accountId}/users")
class AccountUsersController {

	private final InvitationManagement invitations;

	private final MembershipManagement management;

	private final MemberDetailsAssembler details;

	private final IdempotentRequests idempotency;

	AccountUsersController(InvitationManagement invitations, MembershipManagement management,
			MemberDetailsAssembler details, IdempotentRequests idempotency) {
		this.invitations = invitations;
		this.management = management;
		this.details = details;
		this.idempotency = idempotency;
	}

	/**
	 * Lists members; the whole query string is RQL (filter, order, limit, offset,
	 * select), see docs/api.md (List queries).
	 */
	@RqlQueryString(
			example = "and(eq(status,Invited),ilike(user.email,*@example.com))&order=invitation.expiresAt&limit=25",
			order = "-audit.created.at,+user.email", select = "-groups,-modules")
	@GetMapping
	@Operation(operationId = "listMembers", summary = "List the account's members (RQL: filter, sort, page)")
	PageResponse<AccountUserJson> list(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			HttpServletRequest request) {
		MembershipManagement.MemberPage found = management.search(AccountId.of(accountId), request.getQueryString(),
				actor);
		MemberSelection selection = MemberSelection.of(found.select());
		return details.page(found).map(member -> AccountUserJson.of(member, selection));
	}

	/**
	 * Invite; with an {@code Idempotency-Key}, a retried request returns the first result
	 * instead of inviting twice.
	 */
	@ResponseStatus(HttpStatus.CREATED)
	@ApiErrors(also = @ApiErrors.Error(status = "429",
			description = "Too many invitation emails; `Retry-After` says when to try again."))
	@PostMapping
	@Operation(operationId = "inviteMember",
			summary = "Invite a person by email into groups (sends the invitation email)")
	ResponseEntity<AccountUserJson> invite(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) @Nullable String idempotencyKey,
			@RequestBody InviteRequest request) {
		AccountId account = AccountId.of(accountId);
		AtomicReference<@Nullable MemberDetails> invited = new AtomicReference<>();
		IdempotentRequests.Outcome outcome = idempotency.once(actor, idempotencyKey, "invite:" + accountId, request,
				() -> {
					MemberDetails created = invitations.invite(account, request.toCommand(), actor);
					invited.set(created);
					return created.member().id();
				});
		// The member just written is the answer as it stands; only a replay reads the
		// first request's member (as it is now).
		MemberDetails created = invited.get();
		MemberDetails member = (created != null && !outcome.replayed()) ? created
				: details.details(management.get(account, AccountUserId.of(outcome.id()), actor));
		AccountUserJson body = AccountUserJson.of(member);
		return ResponseEntity.created(URI.create(body.href()))
			.eTag(IfMatch.etag(member.member().version()))
			.header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
			.body(body);
	}

	@GetMapping("/{accountUserId}")
	@Operation(operationId = "getMember", summary = "Read one member")
	ResponseEntity<AccountUserJson> get(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return tagged(management.get(AccountId.of(accountId), AccountUserId.of(accountUserId), actor));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{accountUserId}")
	@Operation(operationId = "removeMember", summary = "Remove a member from the account (a pending link dies at once)")
	ResponseEntity<Void> remove(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, IfMatch ifMatch) {
		management.remove(AccountId.of(accountId), AccountUserId.of(accountUserId), ifMatch, actor);
		return ResponseEntity.noContent().build();
	}

	@RequestExample("""
			[{"id": "UGR-2741-6679"}, {"id": "UGR-5521-0934"}]""")
	@PutMapping("/{accountUserId}/groups")
	@Operation(operationId = "replaceMemberGroups", summary = "Replace a member's groups (at least one)")
	ResponseEntity<AccountUserJson> replaceGroups(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, IfMatch ifMatch,
			@RequestBody @Nullable List<InviteRequest.GroupRef> groups) {
		return tagged(management.replaceGroups(AccountId.of(accountId), AccountUserId.of(accountUserId),
				InviteRequest.ids(groups), ifMatch, actor));
	}

	@ApiErrors(also = @ApiErrors.Error(status = "429",
			description = "Too many invitation emails; `Retry-After` says when to try again."))
	@PostMapping("/{accountUserId}/resend-invite")
	@Operation(operationId = "resendInvitation", summary = "Resend a pending invitation: same link, expiry reset")
	ResponseEntity<AccountUserJson> resend(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, IfMatch ifMatch) {
		return tagged(invitations.resend(AccountId.of(accountId), AccountUserId.of(accountUserId), ifMatch, actor));
	}

	@ApiErrors(also = @ApiErrors.Error(status = "429",
			description = "Too many invitation emails; `Retry-After` says when to try again."))
	@PostMapping("/{accountUserId}/send-new-invite")
	@Operation(operationId = "sendNewInvitation",
			summary = "Send a new invitation for an expired one: new link, old link dead")
	ResponseEntity<AccountUserJson> sendNew(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, IfMatch ifMatch) {
		return tagged(invitations.sendNew(AccountId.of(accountId), AccountUserId.of(accountUserId), ifMatch, actor));
	}

	/**
	 * Copy invitation link: the same link as in the email, while the invitation is
	 * pending. Audited.
	 */
	@PostMapping("/{accountUserId}/copy-invite-link")
	@Operation(operationId = "copyInvitationLink",
			summary = "Copy the link of a pending invitation (audited, no email)")
	Map<String, String> copyLink(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return Map.of("url", invitations.copyLink(AccountId.of(accountId), AccountUserId.of(accountUserId), actor));
	}

	@PostMapping("/{accountUserId}/block")
	@Operation(operationId = "blockMember", summary = "Block an active member")
	ResponseEntity<AccountUserJson> block(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, IfMatch ifMatch) {
		return tagged(management.block(AccountId.of(accountId), AccountUserId.of(accountUserId), ifMatch, actor));
	}

	@PostMapping("/{accountUserId}/unblock")
	@Operation(operationId = "unblockMember", summary = "Unblock a blocked member")
	ResponseEntity<AccountUserJson> unblock(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, IfMatch ifMatch) {
		return tagged(management.unblock(AccountId.of(accountId), AccountUserId.of(accountUserId), ifMatch, actor));
	}

	/** The member with its version as ETag, for a later If-Match. */
	private ResponseEntity<AccountUserJson> tagged(AccountUser member) {
		return tagged(details.details(member));
	}

	private static ResponseEntity<AccountUserJson> tagged(MemberDetails member) {
		return ResponseEntity.ok().eTag(IfMatch.etag(member.member().version())).body(AccountUserJson.of(member));
	}

	private AccountUserJson json(AccountUser member) {
		return AccountUserJson.of(details.details(member));
	}

}
