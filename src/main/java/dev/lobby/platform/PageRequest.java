package dev.lobby.platform;

/**
 * Offset paging of the API: {@code limit} defaults to 10 and is capped at 100; {@code limit=0} asks
 * for the total only.
 */
public record PageRequest(int offset, int limit) {

	public static final int DEFAULT_LIMIT = 10;
	public static final int MAX_LIMIT = 100;

	public static PageRequest of(Integer offset, Integer limit) {
		int o = offset == null ? 0 : offset;
		int l = limit == null ? DEFAULT_LIMIT : limit;
		if (o < 0) {
			throw new InvalidInput("offset", "offset must be 0 or more.");
		}
		if (l < 0) {
			throw new InvalidInput("limit", "limit must be from 0 to " + MAX_LIMIT + ".");
		}
		return new PageRequest(o, Math.min(l, MAX_LIMIT));
	}
}
