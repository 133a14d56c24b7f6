package dev.lobby.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 under the server secret, separated by purpose, for every credential Lobby
 * emails or shows: a MAC made for one purpose never verifies for another. Tokens are
 * {@code <id>.<base64url MAC>}: the database keeps only the id, so a copy of it cannot
 * build one.
 */
@Component
public class Signatures {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9]{8,40})\\.([A-Za-z0-9_-]{43})");

	private final SecretKeySpec key;

	public Signatures(SecretProperties properties) {
		this.key = new SecretKeySpec(ServerSecret.load(properties), ALGORITHM);
	}

	/**
	 * The 256-bit MAC of {@code data} for {@code purpose}, base64url without padding (43
	 * characters).
	 */
	public String mac(String purpose, String data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			byte[] digest = mac.doFinal((purpose + "|" + data).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	/**
	 * Whether {@code presented} is the MAC of {@code data} for {@code purpose}, compared
	 * in constant time.
	 */
	public boolean verify(String purpose, String data, String presented) {
		return MessageDigest.isEqual(mac(purpose, data).getBytes(StandardCharsets.US_ASCII),
				presented.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * {@code <id>.<MAC of id>}: a token that names a row and proves the server issued it.
	 */
	public String token(String purpose, String id) {
		return id + "." + mac(purpose, id);
	}

	/** The id a token was issued for, if it is well formed and its MAC is ours. */
	public Optional<String> idOf(String purpose, @Nullable String token) {
		var parts = token == null ? null : TOKEN.matcher(token);
		if (parts == null || !parts.matches()) {
			return Optional.empty();
		}
		return verify(purpose, parts.group(1), parts.group(2)) ? Optional.of(parts.group(1)) : Optional.empty();
	}

}
