package dev.lobby.account.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.account.AccountManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RqlQueryString;

/** Accounts the caller sees: its own, or every account for the operator. */
@Tag(name = "Accounts")
@RestController
class AccountsController {

	private final AccountManagement accounts;

	AccountsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * The list, filtered and sorted with RQL
	 * ({@code ?ilike(name,*tech*)&order=-audit.created.at&limit=25}).
	 */
	@RqlQueryString(example = "ilike(name,*tech*)&order=-audit.created.at&limit=25", order = "+type,+name")
	@GetMapping("/public/v1/accounts/accounts")
	@Operation(operationId = "listAccounts", summary = "List the accounts this token sees (RQL)")
	@ApiErrors(never = "403") // any valid token sees its own account
	PageResponse<AccountJson> list(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
		return accounts.search(request.getQueryString(), actor).map(AccountJson::of);
	}

	@GetMapping("/public/v1/accounts/accounts/{accountId}")
	@Operation(operationId = "getAccount", summary = "Read one account")
	@ApiErrors(never = "403")
	AccountJson get(@AuthenticationPrincipal Actor actor, @PathVariable String accountId) {
		return AccountJson.of(accounts.get(AccountId.of(accountId), actor));
	}

}
