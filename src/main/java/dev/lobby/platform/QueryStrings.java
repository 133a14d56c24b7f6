package dev.lobby.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reads a named parameter out of a raw (still percent-encoded) query string that is otherwise RQL.
 * The servlet container's own parameter parsing is not used: it fails on the malformed encodings an
 * RQL query may hold, which RQL refuses with a 400 of its own.
 */
public final class QueryStrings {

	private QueryStrings() {
	}

	/** The first value of {@code name=…}, percent-decoded; null when absent. */
	public static @Nullable String value(@Nullable String rawQuery, String name) {
		if (rawQuery == null) {
			return null;
		}
		return Arrays.stream(rawQuery.split("&", -1)).filter(part -> part.startsWith(name + "=")).findFirst()
			.map(part -> decode(name, part.substring(name.length() + 1))).orElse(null);
	}

	/**
	 * The query string without its {@code name=…} parameters, to hand the rest to the RQL parser. RQL
	 * joins its parts with top-level {@code &} only, so splitting on {@code &} never cuts an RQL term.
	 */
	public static @Nullable String without(@Nullable String rawQuery, String name) {
		if (rawQuery == null) {
			return null;
		}
		return Arrays.stream(rawQuery.split("&", -1)).filter(part -> !part.equals(name) && !part.startsWith(name + "="))
			.collect(Collectors.joining("&"));
	}

	private static String decode(String name, String raw) {
		try {
			return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(name, "The parameter '" + name + "' is not correctly percent-encoded.");
		}
	}
}
