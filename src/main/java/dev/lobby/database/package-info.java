/**
 * The database as a whole: schema migrations written in Java and the health check that
 * proves writes succeed.
 */
@NullMarked
package dev.lobby.database;

import org.jspecify.annotations.NullMarked;
