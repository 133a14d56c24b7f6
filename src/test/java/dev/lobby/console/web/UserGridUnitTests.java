package dev.lobby.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The grid's URL is its whole state, and it becomes the member list's RQL with every
 * typed character kept literal.
 */
class UserGridUnitTests {

	@Test
	void theUrlRoundTripsTheWholeState() {
		UserGrid grid = UserGrid.ofQuery("q=sam%20smith&status=Invited&group=UGR-1234-5678&module=MOD-1003"
				+ "&sort=email&dir=desc&size=25&page=3");
		assertThat(grid)
			.isEqualTo(new UserGrid("sam smith", "Invited", "UGR-1234-5678", "MOD-1003", "email", true, 25, 3));
		assertThat(UserGrid.ofQuery(grid.query())).isEqualTo(grid);
		assertThat(UserGrid.first().url()).isEqualTo("/settings/users");
	}

	@Test
	void everyWordMustMatchANameOrTheEmailAndTypedPunctuationStaysLiteral() {
		String rql = UserGrid.ofQuery("q=o%27neil%2C(x)%20%26a").rql();
		assertThat(rql).startsWith("or(ilike(user.firstName,*o%27neil%2C%28x%29*)")
			.contains("or(ilike(user.firstName,*%26a*),ilike(user.lastName,*%26a*),ilike(user.email,*%26a*))")
			.endsWith("limit=10&offset=0");
	}

	@Test
	void filtersSortAndPagingBecomeTheListsQuery() {
		assertThat(UserGrid.ofQuery("status=Disabled&group=UGR-1234-5678&sort=user&size=50&page=2").rql())
			.isEqualTo("eq(status,Disabled)&eq(groups.id,UGR-1234-5678)&order=+user.lastName,+user.firstName"
					+ "&limit=50&offset=50");
	}

	@Test
	void whatTheGridDoesNotKnowIsLeftOutNeverAnError() {
		assertThat(UserGrid.ofQuery("status=Nope&group=x)&module=1&sort=password&size=7&page=-4&dir=up"))
			.isEqualTo(UserGrid.first());
		assertThat(UserGrid.ofQuery("page=abc")).isEqualTo(UserGrid.first());
	}

	@Test
	void sortingAColumnTwiceTurnsItAroundAndStartsAtPageOne() {
		UserGrid sorted = UserGrid.first().withPage(4).sortedBy("joined");
		assertThat(sorted.sort()).isEqualTo("joined");
		assertThat(sorted.descending()).isFalse();
		assertThat(sorted.page()).isEqualTo(1);
		assertThat(sorted.sortedBy("joined").descending()).isTrue();
		assertThat(sorted.sortOf("joined")).isEqualTo("ascending");
		assertThat(sorted.sortOf("email")).isEqualTo("none");
	}

}
