package dev.lobby.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.platform.Actor;
import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

/**
 * Makes creating calls safe to retry: the first request with an {@code Idempotency-Key}
 * creates the object and records its id in the same transaction; a retry with the same
 * key and request gets that id back (for 24 hours). Keys are per caller.
 */
@Service
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";
	static final Duration RETENTION = Duration.ofHours(24);

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final IdempotencyKeys keys;

	private final JsonMapper json;

	private final Clock clock;

	IdempotentRequests(IdempotencyKeys keys, JsonMapper json, Clock clock) {
		this.keys = keys;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The id the creation produced, now or on the first request with this key;
	 * {@code replayed} says which.
	 */
	public record Outcome(String id, boolean replayed) {
	}

	/**
	 * @param operation names what is created and where, e.g.
	 * {@code invite:ACC-1234-5678}, so one key cannot be replayed against another
	 * operation
	 */
	@Transactional
	public Outcome once(Actor caller, @Nullable String key, String operation, Object request, Supplier<String> create) {
		if (key == null) {
			return new Outcome(create.get(), false);
		}
		if (!KEY.matcher(key).matches()) {
			throw new InvalidInput(HEADER,
					Sentence.untranslated("Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID."));
		}
		Instant now = Instant.now(clock);
		String hash = hash(operation, request);
		Optional<IdempotencyKeys.Stored> earlier = keys.find(caller.id(), key);
		Instant cutoff = now.minus(RETENTION);
		if (earlier.isPresent() && earlier.get().createdAt().isBefore(cutoff)) {
			// Past its 24 hours: forgotten, the key starts afresh (read first, so the
			// usual first request costs one statement, not a delete too).
			keys.deleteIfBefore(caller.id(), key, cutoff);
			earlier = Optional.empty();
		}
		if (earlier.isPresent()) {
			if (!earlier.get().requestHash().equals(hash)) {
				throw new IdempotencyKeyReused();
			}
			return new Outcome(earlier.get().resultId(), true);
		}
		String id = create.get();
		// A concurrent first request with the same key fails here on the primary key and
		// rolls back.
		keys.insert(caller.id(), key, hash, id, now);
		return new Outcome(id, false);
	}

	/**
	 * Forgets keys past their 24 hours (they would be ignored anyway); keeps the table
	 * small.
	 */
	@Transactional
	public int purgeExpired() {
		return keys.deleteBefore(Instant.now(clock).minus(RETENTION));
	}

	private String hash(String operation, Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(operation.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
