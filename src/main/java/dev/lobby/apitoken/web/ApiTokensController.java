package dev.lobby.apitoken.web;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.lobby.account.AccountManagement;
import dev.lobby.apitoken.ApiToken;
import dev.lobby.apitoken.ApiTokenManagement;
import dev.lobby.apitoken.IssuedToken;
import dev.lobby.group.Module;
import dev.lobby.group.Modules;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.Actor;
import dev.lobby.platform.ApiTokenId;
import dev.lobby.platform.PageResponse;
import dev.lobby.web.ApiErrors;
import dev.lobby.web.RequestExample;
import dev.lobby.web.RqlQueryString;

/**
 * API tokens of the caller's account (an operator's token may name any account). The
 * secret is in the response to the creating request only; no other response holds the
 * secret or its hash.
 */
@Tag(name = "API tokens")
@RestController
@RequestMapping("/public/v1/accounts/api-tokens")
class ApiTokensController {

	private final ApiTokenManagement tokens;

	private final AccountManagement accounts;

	private final Modules modules;

	ApiTokensController(ApiTokenManagement tokens, AccountManagement accounts, Modules modules) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.modules = modules;
	}

	record Ref(String id, @Nullable String name) {
	}

	record IdRef(@Nullable String id) {
	}

	/**
	 * {@code {"name","modules":[{"id"}],"account":{"id"}}}; {@code account} defaults to
	 * the caller's.
	 */
	@RequestExample("""
			{"name": "Provisioning script", "modules": [{"id": "MOD-1001"}]}""")
	record CreateToken(@Nullable String name, @Nullable List<IdRef> modules, @Nullable IdRef account) {

		List<String> moduleIds() {
			return modules == null ? List.of()
					: modules.stream().filter(Objects::nonNull).map(IdRef::id).filter(Objects::nonNull).toList();
		}
	}

	record TokenJson(String id, String href, String name, Ref account, List<Ref> modules, boolean enabled,
			Instant createdAt, Ref createdBy, @Nullable Instant lastUsedAt) {
	}

	/** The token and, this once, its secret. */
	record CreatedTokenJson(@JsonUnwrapped TokenJson token, String secret) {
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(operationId = "createApiToken", summary = "Create an API token (its secret is in this response only)")
	@ApiErrors(never = "409") // no rule of a token depends on state
	ResponseEntity<CreatedTokenJson> create(@AuthenticationPrincipal Actor actor, @RequestBody CreateToken request) {
		IssuedToken issued = tokens.create(
				AccountId.ofNullable(request.account() == null ? null : request.account().id()), request.name(),
				request.moduleIds(), actor);
		TokenJson body = json(issued.token(), modules.all(), actor);
		return ResponseEntity.created(URI.create(body.href())).body(new CreatedTokenJson(body, issued.secret()));
	}

	/**
	 * The list, filtered and sorted with RQL
	 * ({@code ?eq(enabled,true)&order=-lastUsedAt}); an operator names another account
	 * with {@code account=ACC-…}.
	 */
	@RqlQueryString(example = "eq(enabled,true)&eq(modules.id,MOD-1001)&limit=25", order = "-lastUsedAt,+name")
	@GetMapping
	@Operation(operationId = "listApiTokens", summary = "List API tokens (RQL)")
	PageResponse<TokenJson> list(@AuthenticationPrincipal Actor actor, @Parameter(
			description = "The account whose tokens to list (operators); the caller's own by default") @RequestParam(
					required = false) @Nullable String account,
			HttpServletRequest request) {
		List<Module> catalogue = modules.all();
		// A page holds one account's tokens: read its name once, not once per token.
		Map<String, String> accountNames = new HashMap<>();
		return tokens.search(AccountId.ofNullable(account), request.getQueryString(), actor)
			.map(token -> json(token, catalogue,
					accountNames.computeIfAbsent(token.accountId(), id -> accountName(id, actor))));
	}

	@GetMapping("/{tokenId}")
	@Operation(operationId = "getApiToken", summary = "Read one API token (never its secret)")
	TokenJson get(@AuthenticationPrincipal Actor actor, @PathVariable String tokenId) {
		return json(tokens.get(ApiTokenId.of(tokenId), actor), modules.all(), actor);
	}

	@PostMapping("/{tokenId}/disable")
	@Operation(operationId = "disableApiToken", summary = "Disable an API token")
	TokenJson disable(@AuthenticationPrincipal Actor actor, @PathVariable String tokenId) {
		return json(tokens.disable(ApiTokenId.of(tokenId), actor), modules.all(), actor);
	}

	@PostMapping("/{tokenId}/enable")
	@Operation(operationId = "enableApiToken", summary = "Enable a disabled API token")
	TokenJson enable(@AuthenticationPrincipal Actor actor, @PathVariable String tokenId) {
		return json(tokens.enable(ApiTokenId.of(tokenId), actor), modules.all(), actor);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{tokenId}")
	@Operation(operationId = "deleteApiToken", summary = "Delete an API token for good")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable String tokenId) {
		tokens.delete(ApiTokenId.of(tokenId), actor);
		return ResponseEntity.noContent().build();
	}

	private TokenJson json(ApiToken token, List<Module> catalogue, Actor actor) {
		return json(token, catalogue, accountName(token.accountId(), actor));
	}

	/**
	 * The name of the token's account, read as the caller, who sees it since it sees the
	 * token.
	 */
	private String accountName(String accountId, Actor actor) {
		return accounts.get(AccountId.of(accountId), actor).name();
	}

	private TokenJson json(ApiToken token, List<Module> catalogue, @Nullable String accountName) {
		List<Ref> granted = catalogue.stream()
			.filter(module -> token.moduleIds().contains(module.id()))
			.map(module -> new Ref(module.id(), module.name()))
			.toList();
		return new TokenJson(token.id(), "/public/v1/accounts/api-tokens/" + token.id(), token.name(),
				new Ref(token.accountId(), accountName), granted, token.enabled(), token.created().at(),
				new Ref(token.created().byId(), token.created().byName()), token.lastUsedAt());
	}

}
