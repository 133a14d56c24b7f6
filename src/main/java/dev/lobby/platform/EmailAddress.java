package dev.lobby.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;
import org.jspecify.annotations.Nullable;

/**
 * An email address as a person typed it, trimmed, with a lower-cased {@link #key()} that
 * decides identity: one login per address, case-insensitively.
 * <p>
 * Only addresses the mailer can put into the SMTP envelope exactly as stored are
 * accepted: plain ASCII (Lobby does not speak SMTPUTF8, and a mailer that downgrades
 * {@code š} to {@code s} would send to someone else), the usual {@code name@domain} form
 * checked by commons-validator's {@link EmailValidator} (no quoted local parts, no IP
 * literals, a domain under a real top-level domain or one reserved for tests and
 * documentation: {@code .test}, {@code .example}, {@code .localhost}).
 */
public final class EmailAddress {

	private static final int MAX_LENGTH = 254;

	private static final int MAX_LOCAL_PART = 64;

	// RFC 2606 / 6761 names: tests, documentation and the default administrator
	// (admin@lobby.localhost).
	private static final DomainValidator DOMAINS = DomainValidator.getInstance(false,
			List.of(new DomainValidator.Item(DomainValidator.ArrayType.GENERIC_PLUS,
					new String[] { "test", "example", "localhost" })));

	private static final EmailValidator VALIDATOR = new EmailValidator(false, false, DOMAINS);

	private final String value;

	private EmailAddress(String value) {
		this.value = value;
	}

	/**
	 * The address a person typed, refused with a sentence under {@code email} when it
	 * cannot be sent to as written.
	 */
	public static EmailAddress of(@Nullable String input) {
		if (input == null || input.isBlank()) {
			throw invalid(Sentence.of("email.missing"));
		}
		String value = input.strip();
		problem(value).ifPresent(sentence -> {
			throw invalid(sentence);
		});
		return new EmailAddress(value);
	}

	/**
	 * An address read back from the database. It was checked when it was stored, possibly
	 * under an older, looser rule, so it is not refused here (a list must still show it);
	 * the mailer checks {@link #isDeliverable(String)} before it sends.
	 */
	public static EmailAddress stored(String value) {
		return new EmailAddress(value);
	}

	/** Whether the mailer can send to this address exactly as written. */
	public static boolean isDeliverable(@Nullable String value) {
		return value != null && problem(value).isEmpty();
	}

	private static Optional<Sentence> problem(String value) {
		if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return Optional.of(Sentence.of("email.control-character"));
		}
		if (value.chars().anyMatch(c -> c > 0x7e)) {
			return Optional.of(Sentence.of("email.not-ascii"));
		}
		if (value.length() > MAX_LENGTH) {
			return Optional.of(Sentence.of("email.too-long", MAX_LENGTH));
		}
		int at = value.lastIndexOf('@');
		if (at > MAX_LOCAL_PART) {
			return Optional.of(Sentence.of("email.local-part-too-long", MAX_LOCAL_PART));
		}
		// Quoted local parts and [IP] literals are legal but rarely deliverable verbatim
		// through relays: refused.
		if (value.indexOf('"') >= 0 || value.indexOf('[') >= 0 || !VALIDATOR.isValid(value)) {
			return Optional.of(Sentence.of("email.invalid"));
		}
		return Optional.empty();
	}

	private static InvalidInput invalid(Sentence sentence) {
		return new InvalidInput("email", sentence);
	}

	public String value() {
		return value;
	}

	public String key() {
		return value.toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof EmailAddress address && address.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

}
