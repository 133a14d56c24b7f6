package dev.lobby.mail;

/**
 * The {@code Content-Transfer-Encoding} Jakarta Mail would choose for a text part, chosen
 * from the text itself. Jakarta Mail chooses it by writing the whole part through its
 * charset encoder into a byte counter ({@code MimeUtility.getEncoding}), a second
 * encoding of every body besides the one that sends it (5–20 % of the mail sender's CPU
 * per email in the bench's drain). This counts the same bytes of the UTF-8 form without
 * writing them, by the same rules: every byte outside printable ASCII, tab, CR and LF
 * (DEL included) is non-ASCII, and a line of more than 998 bytes is long. No such byte
 * and no long line: {@code 7bit}; more ASCII bytes than others: {@code quoted-printable};
 * else {@code base64}.
 */
final class TransferEncoding {

	private static final int LONGEST_LINE = 998;

	private TransferEncoding() {
	}

	static String of(String text) {
		long ascii = 0;
		long nonAscii = 0;
		long lineLength = 0;
		boolean longLine = false;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int bytes;
			if (c == '\r' || c == '\n') {
				ascii++;
				lineLength = 0;
				continue;
			}
			if (c < 0x80) {
				bytes = 1;
				if (c == '\t' || (c >= 0x20 && c < 0x7F)) {
					ascii++;
				}
				else {
					nonAscii++;
				}
			}
			else if (c < 0x800) {
				bytes = 2;
				nonAscii += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				// a pair: four bytes
				bytes = 4;
				nonAscii += 4;
				i++;
			}
			else if (Character.isSurrogate(c)) {
				// unpaired: the encoder writes '?' in its place
				bytes = 1;
				ascii++;
			}
			else {
				bytes = 3;
				nonAscii += 3;
			}
			lineLength += bytes;
			if (lineLength > LONGEST_LINE) {
				longLine = true;
			}
		}
		if (nonAscii == 0) {
			return longLine ? "quoted-printable" : "7bit";
		}
		return ascii > nonAscii ? "quoted-printable" : "base64";
	}

}
