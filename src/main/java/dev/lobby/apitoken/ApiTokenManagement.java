package dev.lobby.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.AccountType;
import dev.lobby.group.Modules;
import dev.lobby.platform.AccountId;
import dev.lobby.platform.AccountScope;
import dev.lobby.platform.ActionRefused;
import dev.lobby.platform.Actor;
import dev.lobby.platform.ApiTokenId;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Name;
import dev.lobby.platform.PageResponse;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.Sentence;
import dev.lobby.platform.Stamp;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.web.ApiCallerResolver;

/**
 * Issues API tokens, lets callers with Account Management list, disable, enable and
 * delete them, and turns a presented secret back into the caller. Secrets carry 256
 * random bits, so a fast hash (SHA-256) is enough to store them safely and look them up
 * in one index probe. Nothing here logs or audits a secret.
 */
@Service
public class ApiTokenManagement implements ApiCallerResolver {

	static final String PREFIX = "lobby_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MIN_SECRET_LENGTH = 24;

	/**
	 * A token's name is shown in audit summaries and as the inviter of the emails it
	 * sends.
	 */
	static final Name.Kind TOKEN_NAME = Name.Kind.ofThing("token", 100);

	private final ApiTokens tokens;

	private final Modules modules;

	private final AccountScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenManagement(ApiTokens tokens, AccountScope scope, Modules modules, ApplicationEventPublisher events,
			Clock clock) {
		this.tokens = tokens;
		this.scope = scope;
		this.modules = modules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A token requested over the API: for the caller's account unless {@code accountId}
	 * names another one the caller sees (operators see every account). Account Management
	 * is the right to grant any module: its holder can already build a group with every
	 * module and join it, so refusing such a token would protect nothing.
	 */
	@Transactional
	public IssuedToken create(@Nullable AccountId accountId, @Nullable String name, Collection<String> moduleIds,
			Actor actor) {
		actor.requireAccountManagement();
		return mint(scope.accountFor(accountId, actor).value(), Name.of(TOKEN_NAME, name).value(),
				new LinkedHashSet<>(moduleIds), randomSecret(), actor);
	}

	@Transactional(readOnly = true)
	public ApiToken get(ApiTokenId tokenId, Actor actor) {
		actor.requireAccountManagement();
		return tokens.find(tokenId.value())
			.filter(token -> actor.canSee(token.accountId()))
			.orElseThrow(tokenId::notFound);
	}

	/**
	 * The tokens of the caller's account, or of another account an operator names, that
	 * an RQL query string (still percent-encoded) asks for: fields
	 * {@code id name enabled modules.id createdAt
	 * lastUsedAt}; oldest first unless it says otherwise.
	 */
	@Transactional(readOnly = true)
	public PageResponse<ApiToken> search(@Nullable AccountId accountId, @Nullable String rawQuery, Actor actor) {
		actor.requireAccountManagement();
		RqlQuery query = RqlQuery.parse(rawQuery, ApiTokenListFields.SCHEMA);
		String target = scope.accountFor(accountId, actor).value();
		return RqlPaging.page(query, () -> tokens.page(target, query), bound -> tokens.countUpTo(target, query, bound));
	}

	@Transactional
	public ApiToken disable(ApiTokenId tokenId, Actor actor) {
		return switchTo(false, tokenId, actor);
	}

	@Transactional
	public ApiToken enable(ApiTokenId tokenId, Actor actor) {
		return switchTo(true, tokenId, actor);
	}

	/** Deletes the token for good; its audit records stay. */
	@Transactional
	public void delete(ApiTokenId tokenId, Actor actor) {
		ApiToken token = get(tokenId, actor);
		refuseSelf(token, actor, "delete");
		if (!tokens.delete(token.id())) {
			throw tokenId.notFound();
		}
		events.publishEvent(new ApiTokenDeleted(token, actor));
	}

	private ApiToken switchTo(boolean enabled, ApiTokenId tokenId, Actor actor) {
		ApiToken token = get(tokenId, actor);
		String action = enabled ? "enable" : "disable";
		refuseSelf(token, actor, action);
		if (!tokens.setEnabled(token.id(), enabled)) {
			throw new ActionRefused(Sentence.of("api-token.already-" + action + "d", token.name()));
		}
		events.publishEvent(enabled ? new ApiTokenEnabled(token, actor) : new ApiTokenDisabled(token, actor));
		return tokens.find(token.id()).orElseThrow();
	}

	/**
	 * Like people, a token cannot lock itself out: a script would lose its only way back
	 * by accident.
	 */
	private static void refuseSelf(ApiToken token, Actor actor, String action) {
		if (actor.type() == Actor.Type.API_TOKEN && actor.id().equals(token.id())) {
			throw new ActionRefused(Sentence.of("api-token.not-itself." + action));
		}
	}

	/**
	 * A token with a random secret, named by Lobby itself (no name rules): for set-up
	 * such as test accounts.
	 */
	@Transactional
	public IssuedToken issue(AccountId accountId, String name, Set<String> moduleIds, Actor actor) {
		return issueWithSecret(accountId, name, moduleIds, randomSecret(), actor);
	}

	/**
	 * A token with a secret chosen by the operator (the bootstrap token); it must be long
	 * enough to be unguessable.
	 */
	@Transactional
	public IssuedToken issueWithSecret(AccountId accountId, String name, Set<String> moduleIds, String secret,
			Actor actor) {
		actor.requireAccountManagement();
		return mint(scope.accountFor(accountId, actor).value(), name, moduleIds, secret, actor);
	}

	private static String randomSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private IssuedToken mint(String accountId, String name, Set<String> moduleIds, String secret, Actor actor) {
		if (secret.length() < MIN_SECRET_LENGTH) {
			throw new InvalidInput("secret", Sentence.of("api-token.secret-too-short", MIN_SECRET_LENGTH));
		}
		modules.requireKnown(moduleIds, Sentence.of("api-token.modules-missing"));
		ApiToken token = new ApiToken(RandomIds.drawUnused("TKN", 2, tokens::idTaken), accountId, name,
				Set.copyOf(moduleIds), true, Stamp.of(actor, Instant.now(clock)), null);
		tokens.insert(token, hash(secret));
		events.publishEvent(new ApiTokenCreated(token, actor));
		return new IssuedToken(token, secret);
	}

	/**
	 * Every API call asks, so in one round trip: the token with its modules and its
	 * account's type in one read, without a transaction (the call's own work runs after
	 * this in transactions of its own, and the last use, a single conditional update, is
	 * written at most once a minute).
	 */
	@Override
	public Optional<Actor> resolve(String secret) {
		if (secret.isEmpty() || secret.length() > 200) {
			return Optional.empty();
		}
		return tokens.findCallerBySecretHash(hash(secret)).filter(caller -> caller.token().enabled()).map(caller -> {
			tokens.touch(caller.token(), Instant.now(clock));
			return actorOf(caller.token(), caller.accountType());
		});
	}

	private static Actor actorOf(ApiToken token, AccountType accountType) {
		return new Actor(Actor.Type.API_TOKEN, token.id(), "API token \"" + token.name() + "\"", token.accountId(),
				accountType == AccountType.Operations, token.moduleIds());
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
