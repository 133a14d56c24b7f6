package dev.lobby.membership.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.membership.AccountUser;
import dev.lobby.membership.Invitations;
import dev.lobby.membership.MemberDetailsAssembler;
import dev.lobby.membership.MembershipManagement;
import dev.lobby.platform.Actor;
import dev.lobby.platform.PageRequest;
import dev.lobby.platform.PageResponse;

/** The account users of one account: invite, read, change, remove (SPEC §5). */
@RestController
@RequestMapping("/public/v1/accounts/accounts/{accountId}/users")
class AccountUsersController {

	private final Invitations invitations;
	private final MembershipManagement management;
	private final MemberDetailsAssembler details;

	AccountUsersController(Invitations invitations, MembershipManagement management, MemberDetailsAssembler details) {
		this.invitations = invitations;
		this.management = management;
		this.details = details;
	}

	@GetMapping
	PageResponse<AccountUserJson> list(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
		return details.page(management.page(accountId, PageRequest.of(offset, limit), actor)).map(AccountUserJson::of);
	}

	@PostMapping
	ResponseEntity<AccountUserJson> invite(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@RequestBody InviteRequest request) {
		AccountUserJson body = json(invitations.invite(accountId, request.toCommand(), actor));
		return ResponseEntity.created(URI.create(body.href())).body(body);
	}

	@GetMapping("/{accountUserId}")
	AccountUserJson get(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return json(management.get(accountId, accountUserId, actor));
	}

	@DeleteMapping("/{accountUserId}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		management.remove(accountId, accountUserId, actor);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{accountUserId}/groups")
	AccountUserJson replaceGroups(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId, @RequestBody @Nullable List<InviteRequest.GroupRef> groups) {
		return json(management.replaceGroups(accountId, accountUserId, InviteRequest.ids(groups), actor));
	}

	@PostMapping("/{accountUserId}/resend-invite")
	AccountUserJson resend(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return json(invitations.resend(accountId, accountUserId, actor));
	}

	@PostMapping("/{accountUserId}/send-new-invite")
	AccountUserJson sendNew(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return json(invitations.sendNew(accountId, accountUserId, actor));
	}

	/** Copy invitation link: the same link as in the email, while the invitation is pending. Audited. */
	@PostMapping("/{accountUserId}/copy-invite-link")
	Map<String, String> copyLink(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return Map.of("url", invitations.copyLink(accountId, accountUserId, actor));
	}

	@PostMapping("/{accountUserId}/block")
	AccountUserJson block(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return json(management.block(accountId, accountUserId, actor));
	}

	@PostMapping("/{accountUserId}/unblock")
	AccountUserJson unblock(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@PathVariable String accountUserId) {
		return json(management.unblock(accountId, accountUserId, actor));
	}

	private AccountUserJson json(AccountUser member) {
		return AccountUserJson.of(details.details(member));
	}
}
