package dev.lobby.rql;

/**
 * One sort key from {@code order=}: {@code -field} sorts descending, {@code +field} or
 * {@code field} ascending.
 */
public record RqlOrder(RqlField field, boolean descending) {
}
