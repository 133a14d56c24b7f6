package dev.lobby.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Invitation codes and password reset tokens are credentials, so no log line may hold
 * one: whatever follows {@code /invitations/} or {@code /password-resets/} in a path, and
 * anything shaped like a code anywhere, is replaced by {@value #MASK}.
 * {@link RedactingLogFilter} applies this to every log event of the process.
 */
final class LogRedaction {

	static final String MASK = "[redacted]";

	// The segment after /invitations/ or /password-resets/ (page and API alike, also
	// after // or a
	// URL-encoded slash), whatever it holds.
	private static final Pattern LINK_PATH = Pattern
		.compile("(?i)(/(?:invitations|password-resets)(?:/|%2F)+)[^/\\s?#\"'<>;]+");

	// A code on its own: <12 digits>.<generation>.<MAC>, also cut short; and a lone MAC
	// (43 base64url
	// characters, the length of an HMAC-SHA256, which masks other secrets of that shape
	// too).
	private static final Pattern CODE = Pattern
		.compile("\\d{12}\\.\\d{1,9}\\.[A-Za-z0-9_-]*|(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

	private LogRedaction() {
	}

	static boolean needed(@Nullable String text) {
		return text != null && ((containsIgnoreCase(text, "invitations") || containsIgnoreCase(text, "password-resets"))
				&& LINK_PATH.matcher(text).find() || CODE.matcher(text).find());
	}

	static @Nullable String redact(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String masked = LINK_PATH.matcher(text).replaceAll("$1" + MASK);
		return CODE.matcher(masked).replaceAll(MASK);
	}

	private static boolean containsIgnoreCase(String text, String part) {
		return text.toLowerCase(Locale.ROOT).contains(part);
	}

}
