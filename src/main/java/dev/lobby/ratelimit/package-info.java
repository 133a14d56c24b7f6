/**
 * Rate limits every node shares: events counted per key and minute in the database, each
 * check made under a row lock of its key as the last step of the transaction of the
 * change it admits, so a limit holds exactly under concurrency and across nodes, changes
 * of one key wait for each other only for the check and the commit, and the cost does not
 * grow with the volume.
 */
@NullMarked
package dev.lobby.ratelimit;

import org.jspecify.annotations.NullMarked;
