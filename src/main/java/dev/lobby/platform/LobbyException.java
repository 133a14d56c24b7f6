package dev.lobby.platform;

/**
 * A refusal that a person can read. Each subclass names what happened; its
 * {@link #sentence()} is what the user or integrator is told, so it must never contain
 * secrets. The message of the exception is that sentence in English (the REST API's
 * language); pages show the sentence in the reader's language. How a refusal travels (an
 * HTTP status and title for the REST API, a page or a message in the browser) is the HTTP
 * edge's business ({@code web.Refusals}), not the domain's.
 */
public abstract class LobbyException extends RuntimeException {

	private final Sentence sentence;

	protected LobbyException(Sentence sentence) {
		super(sentence.english());
		this.sentence = sentence;
	}

	/** What the user or integrator is told: a refusal always says something. */
	public Sentence sentence() {
		return sentence;
	}

	/** The sentence in English. */
	@Override
	public String getMessage() {
		return String.valueOf(super.getMessage());
	}

}
