package dev.lobby.console.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The Add user wizards of one page session, each under its id (the URL's): a reload, Back
 * and a second tab keep what was typed, and signing out forgets it. At most
 * {@value #KEPT} wizards are kept per session; starting one more forgets the oldest.
 */
@Component
class InviteDrafts {

	static final int KEPT = 10;

	private static final String PREFIX = "lobby.invite-draft.";

	private static final String INDEX = PREFIX + "ids";

	private final SecureRandom random = new SecureRandom();

	/** A new, empty wizard of the account; its id. */
	String start(HttpServletRequest request, String accountId) {
		HttpSession session = request.getSession();
		byte[] bytes = new byte[9];
		random.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		List<String> ids = new ArrayList<>(ids(session));
		ids.add(id);
		while (ids.size() > KEPT) {
			session.removeAttribute(PREFIX + ids.remove(0));
		}
		session.setAttribute(INDEX, String.join(",", ids));
		session.setAttribute(PREFIX + id, InviteDraft.start(accountId).encode());
		return id;
	}

	/** The wizard with this id, when this session started it for this account. */
	Optional<InviteDraft> find(HttpServletRequest request, String id, String accountId) {
		HttpSession session = request.getSession(false);
		if (session == null || !ids(session).contains(id)
				|| !(session.getAttribute(PREFIX + id) instanceof String encoded)) {
			return Optional.empty();
		}
		InviteDraft draft = InviteDraft.decode(encoded);
		return draft.accountId().equals(accountId) ? Optional.of(draft) : Optional.empty();
	}

	void save(HttpServletRequest request, String id, InviteDraft draft) {
		HttpSession session = request.getSession(false);
		if (session != null && ids(session).contains(id)) {
			session.setAttribute(PREFIX + id, draft.encode());
		}
	}

	private static List<String> ids(HttpSession session) {
		return session.getAttribute(INDEX) instanceof String joined && !joined.isEmpty() ? List.of(joined.split(","))
				: List.of();
	}

}
