package dev.lobby.platform;

import org.jspecify.annotations.Nullable;

/**
 * A name a person typed: of a person, an account, a group, a token. Every name follows
 * one rule: required, stripped of surrounding blanks, at most a maximum length, and plain
 * one-line text ({@link PlainText}: names go into email subjects and bodies and the audit
 * trail). Which name it is ({@link Kind}) decides only the field a refusal names, the
 * maximum, and the words of the sentences a person reads.
 */
public final class Name {

	/** A person's first name. */
	public static final Kind FIRST_NAME = new Kind("firstName", 100, "first-name");

	/** A person's last name. */
	public static final Kind LAST_NAME = new Kind("lastName", 100, "last-name");

	private final String value;

	private Name(String value) {
		this.value = value;
	}

	/** The name as typed, stripped; refused with a sentence under the kind's field. */
	public static Name of(Kind kind, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInput(kind.field(), kind.missing());
		}
		String name = typed.strip();
		if (name.length() > kind.maxLength()) {
			throw new InvalidInput(kind.field(), kind.tooLong());
		}
		if (PlainText.hasUnsafeCharacter(name)) {
			throw new InvalidInput(kind.field(), kind.unsafe());
		}
		return new Name(name);
	}

	public String value() {
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Name name && name.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

	/**
	 * Which name it is: the field a refusal names, the longest it may be, and the key of
	 * its sentences ({@code name.<key>.missing}, {@code .too-long}, {@code .unsafe}; the
	 * last two with the longest length as argument).
	 */
	public record Kind(String field, int maxLength, String key) {

		/**
		 * The name of something people create in Lobby, under the field {@code name}:
		 * "Enter a name for the group.", and one sentence with the whole rule for a name
		 * too long or unsafe ("A group name has at most 100 characters and no …").
		 */
		public static Kind ofThing(String thing, int maxLength) {
			return new Kind("name", maxLength, thing);
		}

		Sentence missing() {
			return Sentence.of("name." + key + ".missing");
		}

		Sentence tooLong() {
			return Sentence.of("name." + key + ".too-long", maxLength);
		}

		Sentence unsafe() {
			return Sentence.of("name." + key + ".unsafe", maxLength);
		}
	}

}
