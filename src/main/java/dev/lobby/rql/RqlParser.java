package dev.lobby.rql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.lobby.rql.RqlLexer.Kind;
import dev.lobby.rql.RqlLexer.Token;

/**
 * The top level of a query string: {@code &}-separated parts, each an expression, a
 * {@code field=value} shortcut (an implicit eq) or one of the reserved parameters
 * {@code order limit offset select}. All filter parts are ANDed.
 */
final class RqlParser {

	static final int MAX_LENGTH = 8192;
	static final int MAX_OFFSET = Integer.MAX_VALUE;

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern SELECTABLE = Pattern.compile("[A-Za-z0-9_.$]+");

	private final TokenCursor cursor;

	private final RqlSchema schema;

	private final RqlExpressionParser expressions;

	private final List<RqlFilter> filters = new ArrayList<>();

	private final Set<String> reservedSeen = new HashSet<>();

	private List<RqlOrder> order = List.of();

	private int limit = RqlQuery.DEFAULT_LIMIT;

	private boolean limitCapped;

	private long offset;

	private RqlSelect select = RqlSelect.NONE;

	private RqlParser(List<Token> tokens, RqlSchema schema) {
		this.cursor = new TokenCursor(tokens);
		this.schema = schema;
		this.expressions = new RqlExpressionParser(cursor, schema);
	}

	static RqlQuery parse(String raw, RqlSchema schema) {
		if (raw.length() > MAX_LENGTH) {
			throw RqlException.query(
					"The query string is " + raw.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
		}
		return new RqlParser(RqlLexer.tokenize(raw), schema).query();
	}

	private RqlQuery query() {
		while (!cursor.at(Kind.END)) {
			if (cursor.at(Kind.AMPERSAND)) {
				cursor.take();
				continue;
			}
			if (cursor.at(Kind.TEXT) && cursor.peek(1).kind() == Kind.EQUALS) {
				parameter();
			}
			else {
				filters.add(expressions.expression(1));
			}
			if (!cursor.at(Kind.END) && !cursor.at(Kind.AMPERSAND)) {
				throw cursor.unexpected("'&' or the end of the query");
			}
		}
		RqlFilter filter = filters.size() == 1 ? filters.get(0) : new RqlFilter.All(filters);
		return new RqlQuery(schema, filter, order, limit, offset, limitCapped, select);
	}

	private void parameter() {
		Token name = cursor.take();
		cursor.take();
		if (RqlSchema.RESERVED.contains(name.text())) {
			reserved(name.text(), name.position());
			return;
		}
		if (schema.isParameter(name.text())) {
			list(name.text());
			return;
		}
		expressions.countTerm(name);
		RqlField field = expressions.field(name);
		filters.add(new RqlCondition(field, RqlOperator.EQ, Arrays.asList(expressions.value(field, RqlOperator.EQ))));
	}

	private void reserved(String parameter, int position) {
		if (!reservedSeen.add(parameter)) {
			throw new RqlException(parameter, parameter + " is given twice, again at position " + position);
		}
		List<Token> items = list(parameter);
		switch (parameter) {
			case "order" -> order = items.stream().map(this::orderItem).toList();
			case "limit" -> limit(single(parameter, items));
			case "offset" -> offset = offset(single(parameter, items));
			default -> select = select(items);
		}
	}

	private List<Token> list(String parameter) {
		List<Token> items = new ArrayList<>();
		while (true) {
			if (!cursor.at(Kind.TEXT)) {
				Token found = cursor.peek();
				throw new RqlException(parameter, "Expected a value for " + parameter + " at position "
						+ found.position() + ", found " + found.describe());
			}
			items.add(cursor.take());
			if (!cursor.at(Kind.COMMA)) {
				return items;
			}
			cursor.take();
		}
	}

	private static Token single(String parameter, List<Token> items) {
		if (items.size() > 1) {
			throw new RqlException(parameter,
					parameter + " takes one number, found a list at position " + items.get(1).position());
		}
		return items.get(0);
	}

	private void limit(Token token) {
		String digits = digits(token);
		if (digits == null) {
			throw new RqlException("limit", "limit must be a whole number from 0 to " + RqlQuery.MAX_LIMIT + ", found "
					+ token.describe() + " at position " + token.position());
		}
		// Asking for too many is not an error: the caller gets the maximum and is told
		// so.
		limitCapped = digits.length() > 3 || Integer.parseInt(digits) > RqlQuery.MAX_LIMIT;
		limit = limitCapped ? RqlQuery.MAX_LIMIT : Integer.parseInt(digits);
	}

	private static long offset(Token token) {
		String digits = digits(token);
		if (digits == null || digits.length() > 10 || Long.parseLong(digits) > MAX_OFFSET) {
			throw new RqlException("offset", "offset must be a whole number from 0 to " + MAX_OFFSET + ", found "
					+ token.describe() + " at position " + token.position());
		}
		return Long.parseLong(digits);
	}

	/**
	 * The digits without leading zeros ("0" for zero), or null when the text is not a
	 * whole number.
	 */
	private static @Nullable String digits(Token token) {
		if (!DIGITS.matcher(token.text()).matches()) {
			return null;
		}
		String stripped = token.text().replaceFirst("^0+", "");
		return stripped.isEmpty() ? "0" : stripped;
	}

	private RqlOrder orderItem(Token token) {
		String text = token.text();
		boolean descending = text.startsWith("-");
		String path = descending || text.startsWith("+") ? text.substring(1) : text;
		RqlField field = schema.field(path)
			.orElseThrow(() -> new RqlException("order", "Unknown field " + RqlException.quote(path)
					+ " in order at position " + token.position() + ". Known fields: " + schema.knownFields()));
		if (!field.sortable()) {
			throw new RqlException("order", field.path() + " at position " + token.position()
					+ " cannot be sorted on; sortable fields: " + schema.sortableFields());
		}
		return new RqlOrder(field, descending);
	}

	private RqlSelect select(List<Token> items) {
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (Token item : items) {
			String text = item.text();
			boolean remove = text.startsWith("-");
			String name = remove || text.startsWith("+") ? text.substring(1) : text;
			if (!SELECTABLE.matcher(name).matches()) {
				throw new RqlException("select", "select expects +field or -field, found " + item.describe()
						+ " at position " + item.position());
			}
			if (schema.selectable().isEmpty()) {
				throw new RqlException("select", "This list has no optional fields, so select cannot be used here.");
			}
			if (!schema.selectable().contains(name)) {
				throw new RqlException("select", "select can only add or drop " + String.join(", ", schema.selectable())
						+ "; " + RqlException.quote(name) + " at position " + item.position() + " is not one of them.");
			}
			(remove ? removed : added).add(name);
		}
		return new RqlSelect(added, removed);
	}

}
