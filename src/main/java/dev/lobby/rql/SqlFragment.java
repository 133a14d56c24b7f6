package dev.lobby.rql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A piece of SQL with {@code ?} placeholders and the values to bind to them, in order.
 * RQL only ever puts schema SQL, operators and placeholders into {@link #sql()}.
 */
public record SqlFragment(String sql, List<@Nullable Object> params) {

	public SqlFragment {
		// Not List.copyOf: a custom translator may legitimately bind a null.
		params = Collections.unmodifiableList(new ArrayList<>(params));
	}

	public static SqlFragment of(String sql, @Nullable Object... params) {
		return new SqlFragment(sql, Arrays.asList(params));
	}

	/**
	 * Joins fragments with a separator such as {@code " AND "}, keeping the parameters in
	 * order.
	 */
	public static SqlFragment join(String separator, List<SqlFragment> parts) {
		List<String> sql = new ArrayList<>();
		List<@Nullable Object> params = new ArrayList<>();
		for (SqlFragment part : parts) {
			sql.add(part.sql());
			params.addAll(part.params());
		}
		return new SqlFragment(String.join(separator, sql), params);
	}

	public SqlFragment wrap(String before, String after) {
		return new SqlFragment(before + sql + after, params);
	}

	public Object[] paramsArray() {
		return params.toArray();
	}
}
