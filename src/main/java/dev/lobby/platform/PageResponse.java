package dev.lobby.platform;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The list envelope of the API: {@code {"$meta":{"pagination":{...}},"data":[...]}}. */
public record PageResponse<T>(@JsonProperty("$meta") Meta meta, List<T> data) {

	public record Meta(Pagination pagination) {
	}

	/**
	 * @param limitCapped the caller asked for more than the maximum page size and got the
	 * maximum
	 * @param totalCapped counting stopped at {@code total}: there are at least that many,
	 * maybe more
	 */
	public record Pagination(int offset, int limit, long total,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean limitCapped,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalCapped) {

		public Pagination(int offset, int limit, long total) {
			this(offset, limit, total, false, false);
		}
	}

	public static <T> PageResponse<T> of(Pagination pagination, List<T> data) {
		return new PageResponse<>(new Meta(pagination), data);
	}

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(meta, data.stream().map(mapper).toList());
	}
}
