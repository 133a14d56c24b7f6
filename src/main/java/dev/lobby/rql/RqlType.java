package dev.lobby.rql;

import java.util.EnumSet;
import java.util.Set;

/** The type of a field decides how a value is read and which operators make sense. */
public enum RqlType {

	STRING(EnumSet.of(RqlOperator.EQ, RqlOperator.NE, RqlOperator.GT, RqlOperator.GE, RqlOperator.LT, RqlOperator.LE,
			RqlOperator.ILIKE, RqlOperator.IN, RqlOperator.OUT)),
	ENUM(EnumSet.of(RqlOperator.EQ, RqlOperator.NE, RqlOperator.IN, RqlOperator.OUT)),
	INSTANT(EnumSet.of(RqlOperator.EQ, RqlOperator.NE, RqlOperator.GT, RqlOperator.GE, RqlOperator.LT, RqlOperator.LE,
			RqlOperator.IN, RqlOperator.OUT)),
	LONG(EnumSet.of(RqlOperator.EQ, RqlOperator.NE, RqlOperator.GT, RqlOperator.GE, RqlOperator.LT, RqlOperator.LE,
			RqlOperator.IN, RqlOperator.OUT)),
	BOOLEAN(EnumSet.of(RqlOperator.EQ, RqlOperator.NE, RqlOperator.IN, RqlOperator.OUT));

	private final Set<RqlOperator> operators;

	RqlType(Set<RqlOperator> operators) {
		this.operators = operators;
	}

	public boolean allows(RqlOperator operator) {
		return operators.contains(operator);
	}

	Set<RqlOperator> operators() {
		return operators;
	}

}
