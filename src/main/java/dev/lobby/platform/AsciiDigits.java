package dev.lobby.platform;

/**
 * Numbers written in ASCII digits whatever the default locale, zero-padded to a width,
 * without a formatter: {@code String.format} writes a locale's own digits (Arabic-Indic
 * in {@code ar-EG}) and costs a formatter per number. For ids and timestamps that go into
 * URLs and JSON.
 */
public final class AsciiDigits {

	private AsciiDigits() {
	}

	/**
	 * Appends {@code value} (0 or more, fewer than {@code width} digits) in exactly
	 * {@code width} digits.
	 */
	public static StringBuilder append(StringBuilder text, int value, int width) {
		int divisor = 1;
		for (int i = 1; i < width; i++) {
			divisor *= 10;
		}
		for (; divisor > 0; divisor /= 10) {
			text.append((char) ('0' + value / divisor % 10));
		}
		return text;
	}

}
