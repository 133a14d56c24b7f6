package dev.lobby.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the signed-in person of each page request from the session's user id, afresh
 * every time. When they may no longer sign in (blocked or removed everywhere since), the
 * session ends and the request goes on as a visitor's.
 */
final class PageCallerFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = PageCaller.class.getName();

	private final ObjectProvider<PageCallers> callers;

	private final PageSessions sessions;

	PageCallerFilter(ObjectProvider<PageCallers> callers, PageSessions sessions) {
		this.callers = callers;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		PageCallers resolver = callers.getIfAvailable();
		if (authentication instanceof PageSignIn signIn && resolver != null) {
			Optional<PageCaller> caller = resolver.resolve(signIn.getPrincipal(), PageSessions.chosenAccount(request));
			if (caller.isPresent()) {
				request.setAttribute(ATTRIBUTE, caller.get());
			}
			else {
				sessions.signOut(request, response);
			}
		}
		chain.doFilter(request, response);
	}

	/** Lobby's own files need nobody: no session or database is touched for them. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/assets/") || path.equals("/favicon.ico");
	}

	/** The signed-in person of this request, if any. */
	static @Nullable PageCaller of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof PageCaller caller ? caller : null;
	}

}
