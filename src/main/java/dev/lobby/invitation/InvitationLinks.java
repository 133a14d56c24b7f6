package dev.lobby.invitation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import dev.lobby.mail.InvitationLinkSigner;

/**
 * Invitation link codes: {@code <membership digits>.<generation>.<HMAC-SHA256>}. The MAC covers the
 * membership id and its link generation under the server secret, so the same link can be shown
 * again (copy link), a new generation kills the old link, and a copy of the database alone cannot
 * build a working one. All 256 bits of the MAC are secret.
 */
@Component
public class InvitationLinks implements InvitationLinkSigner {

	private static final Pattern CODE = Pattern.compile("(\\d{4})(\\d{4})(\\d{4})\\.([1-9]\\d{0,8})\\.([A-Za-z0-9_-]{43})");
	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;
	private final LobbyProperties lobby;

	InvitationLinks(InvitationProperties properties, LobbyProperties lobby) {
		this.key = new SecretKeySpec(InvitationSecret.load(properties), ALGORITHM);
		this.lobby = lobby;
	}

	public String code(String accountUserId, int generation) {
		String digits = accountUserId.replace("AUSR-", "").replace("-", "");
		return digits + "." + generation + "." + mac(accountUserId, generation);
	}

	@Override
	public String url(String accountUserId, int generation) {
		return lobby.base() + "/invitations/" + code(accountUserId, generation);
	}

	/** The membership and generation a code was signed for, if its signature is ours. */
	public Optional<InvitationCode> verify(String code) {
		Matcher parts = code == null ? null : CODE.matcher(code);
		if (parts == null || !parts.matches()) {
			return Optional.empty();
		}
		String accountUserId = "AUSR-" + parts.group(1) + "-" + parts.group(2) + "-" + parts.group(3);
		int generation = Integer.parseInt(parts.group(4));
		byte[] expected = mac(accountUserId, generation).getBytes(StandardCharsets.US_ASCII);
		byte[] presented = parts.group(5).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, presented) ? Optional.of(new InvitationCode(accountUserId, generation))
				: Optional.empty();
	}

	private String mac(String accountUserId, int generation) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			byte[] digest = mac.doFinal(("lobby-invitation-v1|" + accountUserId + "|" + generation).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}
}
