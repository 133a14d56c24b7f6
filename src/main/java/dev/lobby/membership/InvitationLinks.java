package dev.lobby.membership;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.lobby.mail.InvitationLinkSigner;
import dev.lobby.platform.LobbyProperties;
import dev.lobby.signing.Signatures;

/**
 * Invitation link codes: {@code <membership digits>.<generation>.<HMAC-SHA256>}. The MAC
 * covers the membership id and its link generation under the server secret, so the same
 * link can be shown again, a new generation kills the old link, and a copy of the
 * database alone cannot build a working one. All 256 bits of the MAC are secret.
 * <p>
 * Each invitation has two links of the same shape, told apart by the purpose of their
 * MAC: the <em>shared</em> link that administrators see (invite response, copy link) and
 * the <em>emailed</em> link that only the invitation email carries. Both open, decline
 * and register a new login; only the emailed one proves that its holder controls the
 * address (docs/security.md).
 */
@Component
public class InvitationLinks implements InvitationLinkSigner {

	private static final Pattern CODE = Pattern
		.compile("(\\d{4})(\\d{4})(\\d{4})\\.([1-9]\\d{0,8})\\.([A-Za-z0-9_-]{43})");

	private static final String SHARED = "lobby-invitation-v1";

	private static final String EMAILED = "lobby-invitation-emailed-v1";

	private final Signatures signatures;

	private final LobbyProperties lobby;

	InvitationLinks(Signatures signatures, LobbyProperties lobby) {
		this.signatures = signatures;
		this.lobby = lobby;
	}

	/** The link administrators may see and pass on. */
	public String sharedUrl(String accountUserId, int generation) {
		return lobby.base() + "/invitations/" + code(SHARED, accountUserId, generation);
	}

	/**
	 * The link of the invitation email, which also proves its holder reads the invitee's
	 * mailbox.
	 */
	@Override
	public String url(String accountUserId, int generation) {
		return lobby.base() + "/invitations/" + code(EMAILED, accountUserId, generation);
	}

	/** The membership and generation a code was signed for, if its signature is ours. */
	public Optional<InvitationCode> verify(@Nullable String code) {
		Matcher parts = code == null ? null : CODE.matcher(code);
		if (parts == null || !parts.matches()) {
			return Optional.empty();
		}
		String accountUserId = "AUSR-" + parts.group(1) + "-" + parts.group(2) + "-" + parts.group(3);
		int generation = Integer.parseInt(parts.group(4));
		String signed = signed(accountUserId, generation);
		if (signatures.verify(EMAILED, signed, parts.group(5))) {
			return Optional.of(new InvitationCode(accountUserId, generation, true));
		}
		if (signatures.verify(SHARED, signed, parts.group(5))) {
			return Optional.of(new InvitationCode(accountUserId, generation, false));
		}
		return Optional.empty();
	}

	private String code(String purpose, String accountUserId, int generation) {
		String digits = accountUserId.replace("AUSR-", "").replace("-", "");
		return digits + "." + generation + "." + signatures.mac(purpose, signed(accountUserId, generation));
	}

	private static String signed(String accountUserId, int generation) {
		return accountUserId + "|" + generation;
	}

}
