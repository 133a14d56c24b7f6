package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RqlParserTests {

	private static RqlQuery parse(String query) {
		return RqlQuery.parse(query, SampleSchema.SCHEMA);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					eq(user.email,a@b.c)                        | u.email = ?                                   | [a@b.c]
					ne(user.email,a@b.c)                        | (u.email <> ? OR u.email IS NULL)             | [a@b.c]
					gt(logins,5)                                | au.logins > ?                                 | [5]
					ge(logins,-5)                               | au.logins >= ?                                | [-5]
					lt(joinedAt,2026-01-01T00:00:00Z)           | au.joined_at < ?                              | [2026-01-01T00:00Z]
					le(audit.created.at,2026-11-26T11:00:00+01:00)   | au.created_at <= ?                       | [2026-11-26T10:00Z]
					le(audit.created.at,2026-11-26T11:00:00%2B01:00) | au.created_at <= ?                       | [2026-11-26T10:00Z]
					eq(admin,true)                              | au.admin = ?                                  | [true]
					ilike(user.email,*@example.com)             | u.email ILIKE ? ESCAPE '\\'                   | [%@example.com]
					ilike(user.firstName,50%25_off%5C*)         | u.first_name ILIKE ? ESCAPE '\\'              | [50\\%\\_off\\\\%]
					in(user.email,a,b,c)                        | u.email IN (?, ?, ?)                          | [a, b, c]
					out(logins,1,2)                             | (au.logins NOT IN (?, ?) OR au.logins IS NULL)| [1, 2]
					eq(joinedAt,null())                         | au.joined_at IS NULL                          | []
					ne(joinedAt,null())                         | au.joined_at IS NOT NULL                      | []
					eq(user.firstName,empty())                  | u.first_name = ?                              | []
					eq(user.firstName,Smith%2C%20John%28s%29)   | u.first_name = ?                              | [Smith, John(s)]
					eq(user.firstName,%C3%89mile)               | u.first_name = ?                              | [Émile]
					eq(user.firstName,Émile+Zoë)                | u.first_name = ?                              | [Émile+Zoë]
					eq(user.email,'; DROP TABLE users;--)       | u.email = ?                                   | ['; DROP TABLE users;--]
					eq(status,Active)                           | (au.status = ?)                               | [Active]
					in(status,Active,InvitationExpired)         | ((au.status IN (?) OR (au.status = 'Invited' AND au.invitation_expires_at <= ?)))       | [Active, 2026-06-01T00:00Z]
					ne(status,InvitationExpired)                | (((au.status = 'Invited' AND au.invitation_expires_at <= ?)) IS NOT TRUE)               | [2026-06-01T00:00Z]
					eq(groups.id,G1)                            | (EXISTS (SELECT 1 FROM account_user_groups g WHERE g.account_user_id = au.id AND g.group_id = ?))                 | [G1]
					out(groups.id,G1,G2)                        | (NOT EXISTS (SELECT 1 FROM account_user_groups g WHERE g.account_user_id = au.id AND g.group_id IN (?, ?)))       | [G1, G2]
					eq(groups.id,null())                        | (NOT EXISTS (SELECT 1 FROM account_user_groups g WHERE g.account_user_id = au.id))                                | []
					and(eq(status,Invited),ilike(user.email,*@example.com))  | ((au.status = ?) AND u.email ILIKE ? ESCAPE '\\')   | [Invited, %@example.com]
					or(eq(logins,1),and(eq(logins,2),eq(admin,false)),not(eq(logins,3)))  | (au.logins = ? OR (au.logins = ? AND au.admin = ?) OR ((au.logins = ?) IS NOT TRUE)) | [1, 2, false, 3]
					not(not(eq(logins,1)))                      | ((((au.logins = ?) IS NOT TRUE)) IS NOT TRUE) | [1]
					status=Active&user.firstName=Alex           | ((au.status = ?) AND u.first_name = ?)        | [Active, Alex]
					eq(logins,1)&user.email=x&limit=5           | (au.logins = ? AND u.email = ?)               | [1, x]
					user%2Eemail=a%26b%3Dc                      | u.email = ?                                   | [a&b=c]
					""")
	void translatesTheFilterIntoParameterisedSql(String query, String sql, String params) {
		SqlFragment where = parse(query).where();

		assertThat(where.sql()).isEqualTo(sql);
		if (!params.equals("[]")) {
			assertThat(where.params().toString()).isEqualTo(params);
		}
	}

	@Test
	void emptyBindsAnEmptyString() {
		assertThat(parse("eq(user.firstName,empty())").where().params()).containsExactly("");
	}

	@Test
	void valuesAreTyped() {
		assertThat(parse("and(eq(logins,7),eq(admin,false),gt(joinedAt,2026-01-01T00:00:00Z))").where().params())
			.extracting(Object::getClass)
			.extracting(Class::getSimpleName)
			.containsExactly("Long", "Boolean", "OffsetDateTime");
	}

	@Test
	void anEmptyQueryHasNoFilterAndDefaultPaging() {
		for (String query : new String[] { null, "", "&", "&&&" }) {
			RqlQuery parsed = RqlQuery.parse(query, SampleSchema.SCHEMA);
			assertThat(parsed.where()).isEqualTo(SqlFragment.of("TRUE"));
			assertThat(parsed.orderBy().sql()).isEqualTo("au.id ASC");
			assertThat(parsed.limit()).isEqualTo(10);
			assertThat(parsed.offset()).isZero();
			assertThat(parsed.limitCapped()).isFalse();
			assertThat(parsed.countOnly()).isFalse();
			assertThat(parsed.select()).isEqualTo(RqlSelect.NONE);
		}
	}

	@Test
	void orderSortsByEachFieldThenByTheTiebreaker() {
		RqlQuery parsed = parse("order=-audit.created.at,+user.email,%2BjoinedAt,logins");

		assertThat(parsed.orderBy().sql()).isEqualTo("au.created_at DESC NULLS LAST, u.email ASC NULLS LAST, "
				+ "au.joined_at ASC NULLS LAST, au.logins ASC NULLS LAST, au.id ASC");
		assertThat(parsed.order()).extracting(RqlOrder::descending).containsExactly(true, false, false, false);
	}

	@Test
	void orderingByTheTiebreakerDoesNotRepeatIt() {
		assertThat(parse("order=-id").orderBy().sql()).isEqualTo("au.id DESC NULLS LAST");
	}

	@Test
	void limitAndOffsetAreBoundWhenTheQueryFilters() {
		RqlQuery parsed = parse("eq(status,Active)&limit=25&offset=50");

		assertThat(parsed.page()).isEqualTo(SqlFragment.of("LIMIT ? OFFSET ?", 25, 50L));
	}

	/**
	 * So that PostgreSQL keeps one plan for a page that binds nothing else
	 * (RqlQuery#page).
	 */
	@Test
	void limitAndOffsetAreWrittenOutWhenTheFilterBindsNothing() {
		assertThat(parse("limit=25&offset=50&order=-joinedAt").page()).isEqualTo(SqlFragment.of("LIMIT 25 OFFSET 50"));
		assertThat(parse("").page().params()).isEmpty();
		assertThat(parse("eq(user.email,null())&limit=25").page()).isEqualTo(SqlFragment.of("LIMIT 25 OFFSET 0"));
		assertThat(parse("limit=500").page().sql()).isEqualTo("LIMIT 100 OFFSET 0");
	}

	@Test
	void aLimitAboveTheMaximumIsCappedAndSaysSo() {
		assertThat(parse("limit=100")).extracting(RqlQuery::limit, RqlQuery::limitCapped).containsExactly(100, false);
		assertThat(parse("limit=101")).extracting(RqlQuery::limit, RqlQuery::limitCapped).containsExactly(100, true);
		assertThat(parse("limit=99999999999999999999999")).extracting(RqlQuery::limit, RqlQuery::limitCapped)
			.containsExactly(100, true);
		assertThat(parse("limit=007")).extracting(RqlQuery::limit, RqlQuery::limitCapped).containsExactly(7, false);
	}

	@Test
	void limitZeroAsksForTheCountOnly() {
		assertThat(parse("limit=0").countOnly()).isTrue();
		assertThat(parse("limit=1").countOnly()).isFalse();
	}

	@Test
	void selectAddsAndDropsOptionalFields() {
		RqlSelect select = parse("select=-groups,+modules,%2Baudit,invitation").select();

		assertThat(select.added()).containsExactly("modules", "audit", "invitation");
		assertThat(select.removed()).containsExactly("groups");
		assertThat(select.removes("groups")).isTrue();
		assertThat(select.adds("groups")).isFalse();
	}

	@Test
	void selectIsRefusedWhereTheListHasNoOptionalFieldsAndForFieldsItDoesNotHave() {
		RqlSchema plain = RqlSchema.builder("g.id").add(RqlField.string("name", "g.name")).build();

		assertThat(Assertions.catchThrowableOfType(RqlException.class, () -> RqlQuery.parse("select=-name", plain))
			.errors()
			.get("select")).containsExactly("This list has no optional fields, so select cannot be used here.");
		assertThat(Assertions.catchThrowableOfType(RqlException.class, () -> parse("select=-groups,-user"))
			.errors()
			.get("select")).containsExactly(
					"select can only add or drop groups, modules, audit, invitation; 'user' at position 15 is not one of them.");
	}

	@Test
	void aParameterTheEndpointReadsItselfIsNeitherAFilterNorAnError() {
		RqlSchema tokens = RqlSchema.builder("t.id")
			.add(RqlField.string("name", "t.name"))
			.parameter("account")
			.build();

		RqlQuery parsed = RqlQuery.parse("account=ACC-1234-5678&eq(name,CI)", tokens);

		assertThat(parsed.where().sql()).isEqualTo("t.name = ?");
		assertThat(parsed.where().params()).containsExactly("CI");
		assertThat(Assertions
			.catchThrowableOfType(RqlException.class,
					() -> RqlQuery.parse("account=ACC-1234-5678", SampleSchema.SCHEMA))
			.getMessage()).contains("account");
	}

	@Test
	void theFullExampleParses() {
		RqlQuery parsed = parse("and(eq(status,Invited),ilike(user.email,*@example.com))"
				+ "&order=-audit.created.at,+user.email&limit=25&offset=50&select=-groups&user.firstName=Alex");

		assertThat(parsed.where().sql())
			.isEqualTo("(((au.status = ?) AND u.email ILIKE ? ESCAPE '\\') AND u.first_name = ?)");
		assertThat(parsed.where().params()).containsExactly("Invited", "%@example.com", "Alex");
		assertThat(parsed.orderBy().sql())
			.isEqualTo("au.created_at DESC NULLS LAST, u.email ASC NULLS LAST, au.id ASC");
		assertThat(parsed.page().params()).containsExactly(25, 50L);
		assertThat(parsed.select().removed()).isEqualTo(List.of("groups"));
	}

	@Test
	void theFilterTreeIsExposed() {
		RqlFilter filter = parse("or(eq(logins,1),not(eq(admin,true)))").filter();

		assertThat(filter).isInstanceOf(RqlFilter.Any.class);
		RqlFilter.Any any = (RqlFilter.Any) filter;
		assertThat(any.terms().get(0)).isEqualTo(
				new RqlCondition(SampleSchema.SCHEMA.field("logins").orElseThrow(), RqlOperator.EQ, List.of(1L)));
		assertThat(any.terms().get(1)).isInstanceOf(RqlFilter.Not.class);
	}

}
