package dev.lobby.platform;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The list envelope of the API: {@code {"$meta":{"pagination":{...}},"data":[...]}}. */
public record PageResponse<T>(@JsonProperty("$meta") Meta meta, List<T> data) {

	public record Meta(Pagination pagination) {
	}

	public record Pagination(int offset, int limit, long total) {
	}

	public static <T> PageResponse<T> of(PageRequest page, long total, List<T> data) {
		return new PageResponse<>(new Meta(new Pagination(page.offset(), page.limit(), total)), data);
	}

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(meta, data.stream().map(mapper).toList());
	}
}
