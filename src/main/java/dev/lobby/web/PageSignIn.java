package dev.lobby.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * What a page session holds of who signed in: the user id, nothing else (no name, no
 * modules, which are read afresh on every request). Serialized into the session table.
 */
final class PageSignIn extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final String userId;

	PageSignIn(String userId) {
		super(List.of());
		this.userId = userId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public String getPrincipal() {
		return userId;
	}

	@Override
	public String getName() {
		return userId;
	}

}
