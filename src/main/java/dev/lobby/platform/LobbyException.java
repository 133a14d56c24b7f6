package dev.lobby.platform;

/**
 * A refusal that a person can read. Each subclass names what happened; the message is the
 * sentence shown to the user or integrator, so it must never contain secrets. How a
 * refusal travels (an HTTP status and title for the REST API, a page or a message in the
 * browser) is the HTTP edge's business ({@code web.Refusals}), not the domain's.
 */
public abstract class LobbyException extends RuntimeException {

	private final String sentence;

	protected LobbyException(String message) {
		super(message);
		this.sentence = message;
	}

	/** The sentence for the user or integrator: a refusal always has one. */
	@Override
	public String getMessage() {
		return this.sentence;
	}

}
