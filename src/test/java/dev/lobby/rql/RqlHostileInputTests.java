package dev.lobby.rql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of generated strings to the parser: each must either be refused with an
 * RqlException or produce SQL made only of schema SQL, fixed operators and placeholders.
 */
class RqlHostileInputTests {

	private static final String[] NASTY = { "'", "\"", "';--", "'; DROP TABLE users;--", "1 OR 1=1", "\\", "%", "_",
			"*", "/*", "*/", "$$", "\u0000", "é", "𝄞", "\uD800", "\u202E", "SELECT", "UNION", "NULL", "()", "%27",
			"%00", "%FF", "%C3%A9", "%F0%9D%84%9E", "%2C", "%28", "%29", "%26", "%3D", "+", "-", " ", "%20" };

	private static final String[] WORDS = { "eq", "ne", "gt", "ge", "lt", "le", "ilike", "in", "out", "and", "or",
			"not", "null", "empty", "order", "limit", "offset", "select", "status", "user.email", "groups.id",
			"audit.created.at", "joinedAt", "logins", "admin", "Active", "InvitationExpired", "true", "0", "100", "-5",
			"2026-11-26T10:00:00Z", "2026-11-26T11:00:00+01:00", "-user.email", "+id" };

	private static final String STRUCTURE = "(),&=";

	private static final Set<String> SQL_WORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "TRUE", "IN", "ILIKE",
			"LOWER", "ESCAPE", "EXISTS", "ASC", "DESC", "NULLS", "LAST", "'\\'");

	private static final Pattern SQL_SYMBOLS = Pattern.compile("[()?,]|=|<>|<=|>=|<|>");

	private final Random random = new Random(20260526L);

	@Test
	void generatedInputIsRefusedOrBecomesSafeSql() {
		List<Supplier<String>> generators = List.of(this::percentEncodedBytes, this::structuralSoup,
				this::mutatedValidQuery, this::deepNesting, this::hugeString, this::validQuery);
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 12_000; i++) {
			String input = generators.get(i % generators.size()).get();
			try {
				RqlQuery query = RqlQuery.parse(input, SampleSchema.SCHEMA);
				assertSafe(input, query);
				accepted++;
			}
			catch (RqlException refusal) {
				assertThat(refusal.getMessage()).as(input).isNotBlank().hasSizeLessThan(600);
				refused++;
			}
		}
		assertThat(accepted).as("accepted").isGreaterThan(1000);
		assertThat(refused).as("refused").isGreaterThan(1000);
	}

	private static void assertSafe(String input, RqlQuery query) {
		for (SqlFragment fragment : List.of(query.where(), query.orderBy())) {
			String rest = fragment.sql();
			for (String schemaSql : SampleSchema.SCHEMA_SQL.stream()
				.sorted(Comparator.comparingInt(String::length).reversed())
				.toList()) {
				rest = rest.replace(schemaSql, " ");
			}
			for (String word : rest.replaceAll("[()?,]", " $0 ").trim().split("\\s+")) {
				assertThat(word.isEmpty() || SQL_WORDS.contains(word) || SQL_SYMBOLS.matcher(word).matches())
					.as("SQL word %s in %s from %s", word, fragment.sql(), input)
					.isTrue();
			}
			long placeholders = fragment.sql().chars().filter(c -> c == '?').count();
			assertThat(fragment.params()).as(input)
				.hasSize((int) placeholders)
				.allSatisfy(p -> assertThat(p).isInstanceOfAny(String.class, Long.class, Boolean.class,
						OffsetDateTime.class));
		}
		assertThat(query.limit()).isBetween(0, 100);
		assertThat(query.offset()).isBetween(0L, (long) Integer.MAX_VALUE);
	}

	private String percentEncodedBytes() {
		StringBuilder out = new StringBuilder();
		int length = random.nextInt(80);
		for (int i = 0; i < length; i++) {
			out.append(random.nextInt(4) == 0 ? STRUCTURE.charAt(random.nextInt(STRUCTURE.length()))
					: String.format("%%%02X", random.nextInt(256)));
		}
		return out.toString();
	}

	private String structuralSoup() {
		StringBuilder out = new StringBuilder();
		int pieces = random.nextInt(30);
		for (int i = 0; i < pieces; i++) {
			switch (random.nextInt(4)) {
				case 0 -> out.append(STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
				case 1 -> out.append(pick(NASTY));
				case 2 -> out.append(pick(WORDS));
				default -> out.appendCodePoint(random.nextInt(0x2FFFF));
			}
		}
		return out.toString();
	}

	private String validQuery() {
		StringBuilder out = new StringBuilder(expression(0));
		if (random.nextBoolean()) {
			out.append("&status=").append(pick("Active", "Invited", "InvitationExpired"));
		}
		if (random.nextBoolean()) {
			out.append("&order=").append(pick("-user.email", "+id", "audit.created.at,-logins", "%2BjoinedAt"));
		}
		if (random.nextBoolean()) {
			out.append("&limit=").append(random.nextInt(300)).append("&offset=").append(random.nextInt(1000));
		}
		return out.toString();
	}

	private String expression(int depth) {
		int kind = random.nextInt(depth > 4 ? 3 : 6);
		return switch (kind) {
			case 0 -> pick("eq", "ne", "gt", "lt", "ilike") + "(" + pick("user.email", "user.firstName", "groups.id")
					+ "," + value() + ")";
			case 1 -> pick("in", "out") + "(" + pick("user.email", "status", "logins") + "," + value() + ","
					+ pick("Active", "1", value()) + ")";
			case 2 -> pick("eq(joinedAt,null())", "ne(admin,true)", "ge(audit.created.at,2026-11-26T10:00:00Z)",
					"eq(status,InvitationExpired)", "out(groups.id,G1,G2)", "eq(user.email,empty())");
			case 3 -> "not(" + expression(depth + 1) + ")";
			default -> pick("and(", "or(") + expression(depth + 1) + "," + expression(depth + 1) + ")";
		};
	}

	private String value() {
		StringBuilder out = new StringBuilder();
		int pieces = 1 + random.nextInt(4);
		for (int i = 0; i < pieces; i++) {
			String piece = random.nextBoolean() ? pick(NASTY) : pick(WORDS);
			// Structural characters inside a value must be encoded to stay part of it.
			out.append(piece.replace("%", "%25")
				.replace("(", "%28")
				.replace(")", "%29")
				.replace(",", "%2C")
				.replace("&", "%26")
				.replace("=", "%3D"));
		}
		return out.toString();
	}

	private String mutatedValidQuery() {
		StringBuilder out = new StringBuilder(validQuery());
		int mutations = 1 + random.nextInt(4);
		for (int i = 0; i < mutations && out.length() > 0; i++) {
			int at = random.nextInt(out.length());
			switch (random.nextInt(3)) {
				case 0 -> out.deleteCharAt(at);
				case 1 -> out.insert(at, STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
				default -> out.insert(at, pick(NASTY));
			}
		}
		return out.toString();
	}

	private String deepNesting() {
		int depth = random.nextInt(3000);
		String open = pick("not(", "and(", "or(", "(", "eq(");
		String closing = random.nextBoolean() ? ")".repeat(depth) : "";
		return open.repeat(depth) + "eq(logins,1)" + closing;
	}

	private String hugeString() {
		int length = 8000 + random.nextInt(20_000);
		String unit = pick("a", "%41", "eq(logins,1)&", "(", ",", "𝄞");
		return unit.repeat(length / unit.length() + 1).substring(0, length);
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[random.nextInt(choices.length)];
	}

	@Test
	void injectionAttemptsAreBoundAsValues() {
		RqlQuery query = RqlQuery.parse("eq(user.email,'; DROP TABLE users;--)&user.firstName=%27%20OR%201%3D1--",
				SampleSchema.SCHEMA);

		assertThat(query.where().sql()).isEqualTo("(u.email = ? AND u.first_name = ?)");
		assertThat(query.where().params()).containsExactly("'; DROP TABLE users;--", "' OR 1=1--");
	}

	@Test
	void fieldNamesCannotSmuggleSql() {
		List<String> attempts = new ArrayList<>(List.of("eq(u.email,x)", "eq(id%20OR%201%3D1,x)", "order=id;DELETE",
				"order=-(SELECT%201)", "eq(status),x)"));
		for (String attempt : attempts) {
			try {
				RqlQuery.parse(attempt, SampleSchema.SCHEMA);
				throw new AssertionError("accepted " + attempt);
			}
			catch (RqlException expected) {
				assertThat(expected.getMessage()).isNotBlank();
			}
		}
	}

}
