package dev.lobby.rql;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The RQL operators, by the name written in the query. */
public enum RqlOperator {

	EQ("eq"), NE("ne"), GT("gt"), GE("ge"), LT("lt"), LE("le"), ILIKE("ilike"), IN("in"), OUT("out"), AND("and"),
	OR("or"), NOT("not");

	private final String token;

	RqlOperator(String token) {
		this.token = token;
	}

	public String token() {
		return token;
	}

	public boolean isLogical() {
		return this == AND || this == OR || this == NOT;
	}

	public boolean isList() {
		return this == IN || this == OUT;
	}

	/**
	 * NE and OUT say what a row must not have; custom translators often need the positive
	 * form.
	 */
	public boolean isNegative() {
		return this == NE || this == OUT;
	}

	public RqlOperator positive() {
		return switch (this) {
			case NE -> EQ;
			case OUT -> IN;
			default -> this;
		};
	}

	static Optional<RqlOperator> byToken(String token) {
		return Arrays.stream(values()).filter(o -> o.token.equals(token)).findFirst();
	}

	static String allTokens() {
		return Arrays.stream(values()).map(RqlOperator::token).collect(Collectors.joining(", "));
	}

}
