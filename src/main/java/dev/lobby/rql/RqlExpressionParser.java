package dev.lobby.rql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.lobby.rql.RqlLexer.Kind;
import dev.lobby.rql.RqlLexer.Token;

/**
 * Recursive descent over {@code op(args)} terms, checking every field, operator and value
 * against the schema as it goes. Depth and size are capped before recursing so that
 * hostile input ends in an {@link RqlException}, never a StackOverflowError.
 */
final class RqlExpressionParser {

	static final int MAX_DEPTH = 32;
	static final int MAX_TERMS = 200;
	static final int MAX_LIST_VALUES = 100;

	private final TokenCursor cursor;

	private final RqlSchema schema;

	private int terms;

	RqlExpressionParser(TokenCursor cursor, RqlSchema schema) {
		this.cursor = cursor;
		this.schema = schema;
	}

	RqlFilter expression(int depth) {
		if (!cursor.at(Kind.TEXT)) {
			throw cursor.unexpected("an operator such as eq(");
		}
		Token name = cursor.take();
		if (depth > MAX_DEPTH) {
			throw RqlException.at(name.position(), "The query nests more than " + MAX_DEPTH + " levels deep {at}");
		}
		countTerm(name);
		RqlOperator operator = RqlOperator.byToken(name.text())
			.orElseThrow(() -> RqlException.at(name.position(),
					"Unknown operator " + name.describe() + " {at}; use one of " + RqlOperator.allTokens()));
		cursor.expect(Kind.OPEN);
		RqlFilter result = operator.isLogical() ? logical(operator, name, depth) : comparison(operator);
		cursor.expect(Kind.CLOSE);
		return result;
	}

	void countTerm(Token token) {
		if (++terms > MAX_TERMS) {
			throw RqlException.at(token.position(),
					"The query has more than " + MAX_TERMS + " terms; the next one is {at}");
		}
	}

	private RqlFilter logical(RqlOperator operator, Token name, int depth) {
		List<RqlFilter> parts = new ArrayList<>();
		parts.add(expression(depth + 1));
		while (cursor.at(Kind.COMMA)) {
			cursor.take();
			parts.add(expression(depth + 1));
		}
		if (operator == RqlOperator.NOT) {
			if (parts.size() != 1) {
				throw RqlException.at(name.position(), "not {at} takes exactly one term");
			}
			return new RqlFilter.Not(parts.get(0));
		}
		if (parts.size() < 2) {
			throw RqlException.at(name.position(), operator.token() + " {at} needs at least two terms");
		}
		return operator == RqlOperator.AND ? new RqlFilter.All(parts) : new RqlFilter.Any(parts);
	}

	private RqlCondition comparison(RqlOperator operator) {
		if (!cursor.at(Kind.TEXT)) {
			throw cursor.unexpected("a field name");
		}
		Token fieldToken = cursor.take();
		RqlField field = field(fieldToken);
		if (!field.type().allows(operator)) {
			throw RqlException.at(fieldToken.position(), operator.token() + " cannot be used on " + field.path()
					+ " {at}; use one of "
					+ field.type().operators().stream().map(RqlOperator::token).collect(Collectors.joining(", ")));
		}
		cursor.expect(Kind.COMMA);
		List<@Nullable Object> values = new ArrayList<>();
		values.add(value(field, operator));
		while (operator.isList() && cursor.at(Kind.COMMA)) {
			Token comma = cursor.take();
			if (values.size() == MAX_LIST_VALUES) {
				throw RqlException.at(comma.position(),
						operator.token() + " takes at most " + MAX_LIST_VALUES + " values; the list goes on {at}");
			}
			values.add(value(field, operator));
		}
		return new RqlCondition(field, operator, values);
	}

	RqlField field(Token token) {
		return schema.field(token.text())
			.orElseThrow(() -> RqlException.at(token.position(),
					"Unknown field " + token.describe() + " {at}. Known fields: " + schema.knownFields()));
	}

	/**
	 * One value: text converted to the field's type, or {@code null()} / {@code empty()}.
	 */
	@Nullable Object value(RqlField field, RqlOperator operator) {
		if (!cursor.at(Kind.TEXT)) {
			throw cursor.unexpected("a value (write empty() for empty text)");
		}
		Token token = cursor.take();
		if (!cursor.at(Kind.OPEN)) {
			return RqlValues.convert(field, token.text(), token.position());
		}
		cursor.take();
		cursor.expect(Kind.CLOSE);
		if (token.text().equals("empty")) {
			return RqlValues.convert(field, "", token.position());
		}
		if (!token.text().equals("null")) {
			throw RqlException.at(token.position(), "Unknown value function " + token.describe()
					+ " {at}; use null() or empty(), or write a literal ( as %28");
		}
		if (operator != RqlOperator.EQ && operator != RqlOperator.NE) {
			throw RqlException.at(token.position(), "null() {at} can only be used with eq or ne");
		}
		return null;
	}

}
