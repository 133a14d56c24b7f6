package dev.lobby.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Small operations on raw (still percent-encoded) query strings. */
public final class QueryStrings {

	private QueryStrings() {
	}

	/**
	 * The query string without its {@code name=…} parameters, e.g. to hand the rest of an RQL list's
	 * query to the RQL parser once the handler has read {@code account} itself. RQL joins its parts with
	 * top-level {@code &} only, so splitting on {@code &} never cuts an RQL term.
	 */
	public static @Nullable String without(@Nullable String rawQuery, String name) {
		if (rawQuery == null) {
			return null;
		}
		return Arrays.stream(rawQuery.split("&", -1)).filter(part -> !part.equals(name) && !part.startsWith(name + "="))
			.collect(Collectors.joining("&"));
	}
}
