package dev.lobby.rql;

import java.util.List;

import dev.lobby.rql.RqlLexer.Kind;
import dev.lobby.rql.RqlLexer.Token;

/** Walks the tokens of one query; shared by the parameter and the expression parser. */
final class TokenCursor {

	private final List<Token> tokens;

	private int next;

	TokenCursor(List<Token> tokens) {
		this.tokens = tokens;
	}

	Token peek() {
		return tokens.get(next);
	}

	Token peek(int ahead) {
		return tokens.get(Math.min(next + ahead, tokens.size() - 1));
	}

	boolean at(Kind kind) {
		return peek().kind() == kind;
	}

	Token take() {
		Token token = peek();
		if (token.kind() != Kind.END) {
			next++;
		}
		return token;
	}

	Token expect(Kind kind) {
		if (!at(kind)) {
			throw unexpected(kind.description);
		}
		return take();
	}

	RqlException unexpected(String expected) {
		Token found = peek();
		return RqlException.at(found.position(), "Expected " + expected + " {at}, found " + found.describe());
	}

}
