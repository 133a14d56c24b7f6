package dev.lobby.mail;

/**
 * What one email says, as typed values: one record per template. The outbox stores it as
 * JSON and the dispatcher reads it back by its template's name, so a model that misses a
 * value cannot be queued, and one that no longer parses fails its attempt instead of
 * going out half-filled.
 */
public sealed interface EmailModel permits InvitationEmail, RemovalEmail, DeclinedEmail, LoginRegisteredEmail,
		PasswordResetEmail, PasswordChangedEmail {

	/** The name of the templates under {@code templates/mail/} that render it. */
	String template();

	/** The model class a stored email of this template reads back as. */
	static Class<? extends EmailModel> type(String template) {
		return switch (template) {
			case InvitationEmail.TEMPLATE -> InvitationEmail.class;
			case RemovalEmail.TEMPLATE -> RemovalEmail.class;
			case DeclinedEmail.TEMPLATE -> DeclinedEmail.class;
			case LoginRegisteredEmail.TEMPLATE -> LoginRegisteredEmail.class;
			case PasswordResetEmail.TEMPLATE -> PasswordResetEmail.class;
			case PasswordChangedEmail.TEMPLATE -> PasswordChangedEmail.class;
			default -> throw new IllegalArgumentException("Unknown email template '" + template + "'");
		};
	}

	static <T> T required(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("The email model lacks '" + name + "'");
		}
		return value;
	}

}
