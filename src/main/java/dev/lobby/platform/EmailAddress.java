package dev.lobby.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as a person typed it, trimmed, with a lower-cased {@link #key()} that decides
 * identity: one login per address, case-insensitively. Control characters (and so header
 * injection through CR/LF) are refused.
 */
public record EmailAddress(String value) {

	private static final int MAX_LENGTH = 254;
	// Deliberately simple: one @, a dotted domain, no spaces or control characters.
	private static final Pattern SHAPE = Pattern.compile("^[^\\s@\\p{Cntrl}\"<>(),;:\\\\\\[\\]]+@[^\\s@\\p{Cntrl}\"<>(),;:\\\\\\[\\]]+\\.[^\\s@\\p{Cntrl}\"<>(),;:\\\\\\[\\]]{2,}$");

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("email", "Enter an email address.");
		}
		value = value.strip();
		if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
			throw new InvalidInput("email", "Enter a valid email address, like name@example.com.");
		}
	}

	public static EmailAddress of(String value) {
		return new EmailAddress(value);
	}

	public String key() {
		return value.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return value;
	}
}
