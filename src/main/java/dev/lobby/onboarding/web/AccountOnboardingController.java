package dev.lobby.onboarding.web;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.account.AccountManagement;
import dev.lobby.account.web.AccountJson;
import dev.lobby.idempotency.IdempotentRequests;
import dev.lobby.onboarding.AccountOnboarding;
import dev.lobby.onboarding.AccountOnboarding.Administrator;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.web.RequestExample;

/**
 * {@code POST /public/v1/accounts/accounts}: a new client account and the invitation of
 * its administrator.
 */
@Tag(name = "Accounts")
@RestController
class AccountOnboardingController {

	private final AccountOnboarding onboarding;

	private final AccountManagement accounts;

	private final IdempotentRequests idempotency;

	AccountOnboardingController(AccountOnboarding onboarding, AccountManagement accounts,
			IdempotentRequests idempotency) {
		this.onboarding = onboarding;
		this.accounts = accounts;
		this.idempotency = idempotency;
	}

	/** {@code {"name","administrator":{"email","firstName","lastName"}}} */
	@RequestExample("""
			{"name": "Initech",
			 "administrator": {"email": "bill.lumbergh@initech.example", "firstName": "Bill", "lastName": "Lumbergh"}}""")
	record CreateAccount(@Nullable String name, @Nullable Administrator administrator) {
	}

	record MemberRef(String id, String href) {
	}

	/**
	 * The account as {@code GET …/accounts/{acc}} shows it, plus its invited
	 * administrator.
	 */
	record OnboardedJson(@JsonUnwrapped AccountJson account, MemberRef administrator) {
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/public/v1/accounts/accounts")
	@Operation(operationId = "createAccount",
			summary = "Create a client account and invite its first administrator (operator tokens)")
	ResponseEntity<OnboardedJson> create(@AuthenticationPrincipal Actor actor,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) @Nullable String idempotencyKey,
			@RequestBody CreateAccount request) {
		// The idempotency record keeps one id, so it keeps both as "ACC-…/AUSR-…" (33 of
		// its 40 characters).
		IdempotentRequests.Outcome outcome = idempotency.once(actor, idempotencyKey, "create-account", request, () -> {
			AccountOnboarding.Onboarded created = onboarding.onboard(request.name(), request.administrator(), actor);
			return created.account().id() + "/" + created.administrator().id();
		});
		String[] ids = outcome.id().split("/", 2);
		AccountJson account = AccountJson.of(accounts.get(AccountId.of(ids[0]), actor));
		MemberRef administrator = new MemberRef(ids[1], account.href() + "/users/" + ids[1]);
		return ResponseEntity.created(URI.create(account.href()))
			.header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
			.body(new OnboardedJson(account, administrator));
	}

}
