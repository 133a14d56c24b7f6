package dev.lobby.mail;

/**
 * An email ready to send; it holds a live invitation link, so it is never stored or
 * logged.
 */
public record RenderedEmail(String subject, String text, String html) {
}
