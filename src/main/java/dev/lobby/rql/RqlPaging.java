package dev.lobby.rql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

import dev.lobby.platform.PageResponse;

/**
 * How a list answers {@code $meta.pagination.total} without counting a million rows on
 * every call:
 * <ul>
 * <li>{@code limit=0} asks for the total and gets it exactly, with no rows;</li>
 * <li>a page that is the last one tells the total by itself ({@code offset} + rows), so
 * nothing is counted;</li>
 * <li>otherwise rows are counted up to {@link #COUNT_CAP} (or {@code offset + limit} when
 * that is more); past it the total is that bound and {@code totalCapped} is true: "at
 * least this many";</li>
 * <li>unless the list keeps its total itself (a count maintained with its rows), which
 * then answers every page exactly and counts nothing
 * ({@link #page(RqlQuery, Supplier, LongSupplier)}).</li>
 * </ul>
 */
public final class RqlPaging {

	public static final long COUNT_CAP = 10_000;

	private RqlPaging() {
	}

	/**
	 * @param rows the page's rows (called only when rows are wanted)
	 * @param countUpTo counts matching rows but stops at the given bound, returning at
	 * most it
	 */
	public static <T> PageResponse<T> page(RqlQuery query, Supplier<List<T>> rows, LongUnaryOperator countUpTo) {
		int offset = (int) query.offset();
		if (query.countOnly()) {
			return answer(query, countUpTo.applyAsLong(Long.MAX_VALUE), false, List.of());
		}
		List<T> data = rows.get();
		if (data.size() < query.limit() && (offset == 0 || !data.isEmpty())) {
			return answer(query, offset + data.size(), false, data);
		}
		long bound = Math.max(COUNT_CAP, offset + (long) query.limit());
		long counted = countUpTo.applyAsLong(bound + 1);
		return counted > bound ? answer(query, bound, true, data) : answer(query, counted, false, data);
	}

	/**
	 * Like {@link #page(RqlQuery, Supplier, LongUnaryOperator)}, for a query whose total
	 * the list keeps itself: {@code keptTotal} answers it exactly, with no rows counted.
	 */
	public static <T> PageResponse<T> page(RqlQuery query, Supplier<List<T>> rows, LongSupplier keptTotal) {
		List<T> data = query.countOnly() ? List.of() : rows.get();
		return answer(query, keptTotal.getAsLong(), false, data);
	}

	/**
	 * The counting SQL for {@code countUpTo}: {@code fromWhere} is
	 * {@code FROM ... WHERE ...}. A bounded count stops reading after {@code bound} rows;
	 * {@link Long#MAX_VALUE} counts them all.
	 */
	public static SqlFragment count(SqlFragment fromWhere, long bound) {
		if (bound == Long.MAX_VALUE) {
			return fromWhere.wrap("SELECT COUNT(*) ", "");
		}
		List<Object> params = new ArrayList<>(fromWhere.params());
		params.add(bound);
		return new SqlFragment("SELECT COUNT(*) FROM (SELECT 1 AS one " + fromWhere.sql() + " LIMIT ?) counted",
				params);
	}

	private static <T> PageResponse<T> answer(RqlQuery query, long total, boolean totalCapped, List<T> data) {
		return PageResponse.of(new PageResponse.Pagination((int) query.offset(), query.limit(), total,
				query.limitCapped(), totalCapped), data);
	}

}
