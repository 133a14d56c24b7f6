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
	public static final Kind FIRST_NAME = Kind.ofPerson("firstName", "first name");

	/** A person's last name. */
	public static final Kind LAST_NAME = Kind.ofPerson("lastName", "last name");

	private static final String UNSAFE = "line breaks, control characters, invisible characters or text-direction overrides";

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
	 * Which name it is: the field a refusal names, the longest it may be, and the
	 * sentences for a missing, a too long and an unsafe one.
	 */
	public record Kind(String field, int maxLength, String missing, String tooLong, String unsafe) {

		/**
		 * A person's first or last name, at most 100 characters: "Enter a first name.",
		 * and a sentence of its own for each other problem.
		 */
		static Kind ofPerson(String field, String label) {
			return new Kind(field, 100, "Enter a " + label + ".", "The " + label + " can be at most 100 characters.",
					"The " + label + " cannot contain " + UNSAFE + ".");
		}

		/**
		 * The name of something people create in Lobby, under the field {@code name}:
		 * "Enter a name for the group.", and one sentence with the whole rule for a name
		 * too long or unsafe ("A group name has at most 100 characters and no …"; "An"
		 * before a vowel).
		 */
		public static Kind ofThing(String thing, int maxLength) {
			String article = "aeiou".indexOf(thing.charAt(0)) >= 0 ? "An " : "A ";
			String rule = article + thing + " name has at most " + maxLength + " characters and no " + UNSAFE + ".";
			return new Kind("name", maxLength, "Enter a name for the " + thing + ".", rule, rule);
		}
	}

}
