package dev.lobby.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Starts and ends page sessions. A session exists only for someone signed in (visitors
 * cost none: their CSRF token travels in a cookie); it lives in the database (Spring
 * Session JDBC), so any node serves any request, and it holds the user's id and the
 * account they chose, nothing more.
 */
@Component
public class PageSessions {

	/** The session attribute holding the id of the account the person acts in. */
	static final String ACCOUNT = "lobby.account";

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	private final FindByIndexNameSessionRepository<? extends Session> stored;

	PageSessions(SecurityContextRepository pageSecurityContexts, CsrfTokenRepository pageCsrfTokens,
			FindByIndexNameSessionRepository<? extends Session> stored) {
		this.contexts = pageSecurityContexts;
		this.csrfTokens = pageCsrfTokens;
		this.stored = stored;
	}

	/**
	 * Signs the user in with a new session: any session the browser had ends (its id is
	 * never reused, against session fixation), and the CSRF token is replaced.
	 */
	public void signIn(String userId, HttpServletRequest request, HttpServletResponse response) {
		HttpSession old = request.getSession(false);
		if (old != null) {
			old.invalidate();
		}
		request.getSession(true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new PageSignIn(userId));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		csrfTokens.saveToken(null, request, response);
	}

	/** Ends the session: the browser is a visitor again. */
	public void signOut(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		csrfTokens.saveToken(null, request, response);
	}

	/**
	 * Ends every other session of the user (e.g. after a password change: a browser that
	 * had the old password stays signed in nowhere); this request's session stays.
	 */
	public int endOtherSessions(String userId, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String keep = current == null ? "" : current.getId();
		List<String> others = stored.findByPrincipalName(userId)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.toList();
		others.forEach(stored::deleteById);
		return others.size();
	}

	/**
	 * Keeps the account the person chose to act in; {@link PageCallers} checks on every
	 * request that they still may.
	 */
	public void chooseAccount(String accountId, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(ACCOUNT, accountId);
		}
	}

	static @Nullable String chosenAccount(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ACCOUNT) instanceof String account ? account : null;
	}

}
