package dev.lobby.rql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reads a named parameter out of a raw (still percent-encoded) query string that is
 * otherwise RQL. The servlet container's own parameter parsing is not used: it fails on
 * the malformed encodings an RQL query may hold, which RQL refuses with a 400 of its own.
 */
public final class QueryStrings {

	private QueryStrings() {
	}

	/**
	 * The value of {@code name=…}, percent-decoded; null when absent. Given twice, or
	 * given empty, it is refused (400): guessing which one was meant could act on the
	 * wrong account.
	 */
	public static @Nullable String value(@Nullable String rawQuery, String name) {
		if (rawQuery == null) {
			return null;
		}
		List<String> values = Arrays.stream(rawQuery.split("&", -1))
			.filter(part -> part.equals(name) || part.startsWith(name + "="))
			.map(part -> part.equals(name) ? "" : decode(name, part.substring(name.length() + 1)))
			.toList();
		if (values.size() > 1) {
			throw new RqlException(name, "Give the parameter '" + name + "' at most once.");
		}
		if (values.size() == 1 && values.get(0).isBlank()) {
			throw new RqlException(name, "The parameter '" + name + "' is empty: leave it out, or give a value.");
		}
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * The query string without its {@code name=…} parameters, to hand the rest to the RQL
	 * parser. RQL joins its parts with top-level {@code &} only, so splitting on
	 * {@code &} never cuts an RQL term.
	 */
	public static @Nullable String without(@Nullable String rawQuery, String name) {
		if (rawQuery == null) {
			return null;
		}
		return Arrays.stream(rawQuery.split("&", -1))
			.filter(part -> !part.equals(name) && !part.startsWith(name + "="))
			.collect(Collectors.joining("&"));
	}

	private static String decode(String name, String raw) {
		try {
			return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw new RqlException(name, "The parameter '" + name + "' is not correctly percent-encoded.");
		}
	}

}
