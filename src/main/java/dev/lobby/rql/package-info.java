/**
 * RQL, the query language of list endpoints: parses a raw query string against a field
 * catalogue and turns it into parameterised SQL.
 */
@NullMarked
package dev.lobby.rql;

import org.jspecify.annotations.NullMarked;
