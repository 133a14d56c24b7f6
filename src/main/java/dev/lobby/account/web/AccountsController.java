package dev.lobby.account.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.account.AccountManagement;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;
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

	/**
	 * The body of a change of the account's settings: both fields, as Settings › Account.
	 */
	@RequestExample("""
			{"name": "Acme GmbH", "locale": "de"}""")
	record AccountSettingsForm(
			@Schema(description = "The account's name as its people see it, at most 200 characters",
					example = "Acme GmbH") @Nullable String name,
			@Schema(description = "The language of the emails to the account's people", example = "de",
					allowableValues = {
							"en", "de" }) @Nullable String locale){
	}

	/**
	 * Renames the account and chooses the language of its emails: the rule of the page
	 * Settings › Account ({@code AccountManagement.changeSettings}), audited as
	 * {@code lobby.account.settings.changed} when something changed.
	 */
	@PutMapping("/public/v1/accounts/accounts/{accountId}")
	@Operation(operationId = "updateAccount",
			summary = "Rename the account and choose the language of its invitation emails")
	@ApiErrors(never = "409")
	AccountJson update(@AuthenticationPrincipal Actor actor, @PathVariable String accountId,
			@RequestBody AccountSettingsForm form) {
		return AccountJson.of(accounts.changeSettings(AccountId.of(accountId), form.name(), form.locale(), actor));
	}

}
