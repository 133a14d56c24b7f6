package dev.lobby.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.lobby.account.AccountManagement;
import dev.lobby.platform.Actor;
import dev.lobby.platform.PageRequest;
import dev.lobby.platform.PageResponse;

/** Accounts the caller sees: its own, or every account for the operator. */
@Tag(name = "Accounts")
@RestController
class AccountsController {

	private final AccountManagement accounts;

	AccountsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/public/v1/accounts/accounts")
	@Operation(summary = "List the accounts this token sees")
	PageResponse<AccountJson> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer offset,
			@RequestParam(required = false) Integer limit) {
		return accounts.page(actor, PageRequest.of(offset, limit)).map(AccountJson::of);
	}

	@GetMapping("/public/v1/accounts/accounts/{accountId}")
	@Operation(summary = "Read one account")
	AccountJson get(@AuthenticationPrincipal Actor actor, @PathVariable String accountId) {
		return AccountJson.of(accounts.get(accountId, actor));
	}
}
