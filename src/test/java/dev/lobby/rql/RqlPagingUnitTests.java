package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lobby.platform.PageResponse;

class RqlPagingUnitTests {

	final List<Long> bounds = new ArrayList<>();

	PageResponse.Pagination page(String query, int rows, long matching) {
		RqlQuery parsed = SampleSchema.SCHEMA.parse(query);
		return RqlPaging.page(parsed, () -> Collections.nCopies(rows, "row"), bound -> {
			bounds.add(bound);
			return Math.min(bound, matching);
		}).meta().pagination();
	}

	@Test
	void aShortFirstPageIsItsOwnTotalAndCountsNothing() {
		assertThat(page("", 7, 7)).isEqualTo(new PageResponse.Pagination(0, 10, 7));
		assertThat(bounds).isEmpty();
	}

	@Test
	void aShortLaterPageAddsItsRowsToTheOffset() {
		assertThat(page("offset=20", 3, 23).total()).isEqualTo(23);
		assertThat(bounds).isEmpty();
	}

	@Test
	void aFullPageCountsUpToTheCapAndSaysWhenItStopped() {
		assertThat(page("", 10, 500)).isEqualTo(new PageResponse.Pagination(0, 10, 500));
		assertThat(page("", 10, 2_000_000)).isEqualTo(new PageResponse.Pagination(0, 10, 10_000, false, true));
		assertThat(bounds).containsExactly(10_001L, 10_001L);
	}

	@Test
	void deepPagesCountAtLeastPastTheirOwnEnd() {
		assertThat(page("offset=50000&limit=100", 100, 2_000_000))
			.isEqualTo(new PageResponse.Pagination(50_000, 100, 50_100, false, true));
		assertThat(page("offset=50000", 0, 40_000).total()).isEqualTo(40_000);
	}

	@Test
	void countOnlyCountsEveryRowExactly() {
		assertThat(page("limit=0", 0, 2_000_000)).isEqualTo(new PageResponse.Pagination(0, 0, 2_000_000));
		assertThat(bounds).containsExactly(Long.MAX_VALUE);
	}

	@Test
	void anOverlargeLimitIsCappedAndSaysSo() {
		assertThat(page("limit=1000", 4, 4)).isEqualTo(new PageResponse.Pagination(0, 100, 4, true, false));
	}

	@Test
	void boundedCountsReadNoFurtherThanTheBound() {
		SqlFragment fromWhere = SqlFragment.of("FROM t WHERE a = ?", "x");
		assertThat(RqlPaging.count(fromWhere, 11)).isEqualTo(
				SqlFragment.of("SELECT COUNT(*) FROM (SELECT 1 AS one FROM t WHERE a = ? LIMIT ?) counted", "x", 11L));
		assertThat(RqlPaging.count(fromWhere, Long.MAX_VALUE))
			.isEqualTo(SqlFragment.of("SELECT COUNT(*) FROM t WHERE a = ?", "x"));
	}

}
