package dev.lobby.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lobby.account.Account;
import dev.lobby.account.AccountType;
import dev.lobby.account.Accounts;
import dev.lobby.audit.AuditTrail;
import dev.lobby.group.Modules;
import dev.lobby.platform.Actor;
import dev.lobby.platform.ApiCallerResolver;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.RandomIds;
import dev.lobby.platform.Stamp;

/**
 * Issues API tokens and turns a presented secret back into the caller. Secrets carry 256 random
 * bits, so a fast hash (SHA-256) is enough to store them safely and look them up in one index probe.
 */
@Service
public class ApiTokenManagement implements ApiCallerResolver {

	static final String PREFIX = "lobby_";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int MIN_SECRET_LENGTH = 24;

	private final ApiTokens tokens;
	private final Accounts accounts;
	private final Modules modules;
	private final AuditTrail audit;
	private final Clock clock;

	ApiTokenManagement(ApiTokens tokens, Accounts accounts, Modules modules, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.modules = modules;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken issue(String accountId, String name, Set<String> moduleIds, Actor actor) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return issueWithSecret(accountId, name, moduleIds, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), actor);
	}

	/** A token with a secret chosen by the operator (the bootstrap token); it must be long enough to be unguessable. */
	@Transactional
	public IssuedToken issueWithSecret(String accountId, String name, Set<String> moduleIds, String secret, Actor actor) {
		if (secret.length() < MIN_SECRET_LENGTH) {
			throw new InvalidInput("secret", "An API token secret needs at least " + MIN_SECRET_LENGTH + " characters.");
		}
		if (moduleIds.isEmpty() || modules.byIds(moduleIds).size() != moduleIds.size()) {
			throw new InvalidInput("modules", "Choose one or more known modules for the token.");
		}
		ApiToken token = new ApiToken(RandomIds.drawUnused("TKN", 2, tokens::idTaken), accountId, name, Set.copyOf(moduleIds),
				true, Stamp.of(actor, Instant.now(clock)), null);
		tokens.insert(token, hash(secret));
		audit.record(accountId, "lobby.api-token.created", "API token \"" + name + "\" was created", "ApiToken", token.id(),
				actor, Map.of("name", name, "modules", moduleIds.stream().sorted().toList()));
		return new IssuedToken(token, secret);
	}

	@Override
	@Transactional
	public Optional<Actor> resolve(String secret) {
		if (secret.isEmpty() || secret.length() > 200) {
			return Optional.empty();
		}
		return tokens.findBySecretHash(hash(secret)).filter(ApiToken::enabled).flatMap(token -> {
			tokens.touch(token.id(), Instant.now(clock));
			return accounts.find(token.accountId()).map(account -> actorOf(token, account));
		});
	}

	private static Actor actorOf(ApiToken token, Account account) {
		return new Actor(Actor.Type.API_TOKEN, token.id(), "API token \"" + token.name() + "\"", account.id(),
				account.type() == AccountType.Operations, token.moduleIds());
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
