package dev.lobby.platform;

/**
 * A first or last name: required, at most 100 characters, plain one-line text
 * ({@link PlainText}: names go into email subjects and bodies).
 */
public final class PersonName {

	private static final int MAX_LENGTH = 100;

	private PersonName() {
	}

	public static String require(String field, String label, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "Enter a " + label + ".");
		}
		String name = value.strip();
		if (name.length() > MAX_LENGTH) {
			throw new InvalidInput(field, "The " + label + " can be at most " + MAX_LENGTH + " characters.");
		}
		if (PlainText.hasUnsafeCharacter(name)) {
			throw new InvalidInput(field, "The " + label + " cannot contain line breaks,"
					+ " control characters, invisible characters or text-direction overrides.");
		}
		return name;
	}

}
