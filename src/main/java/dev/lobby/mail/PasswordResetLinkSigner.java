package dev.lobby.mail;

/**
 * Builds the signed link of a password reset. Like invitation links it is signed only
 * while the email is rendered, so the outbox never holds a working link.
 */
@FunctionalInterface
public interface PasswordResetLinkSigner {

	String url(String resetId);

}
