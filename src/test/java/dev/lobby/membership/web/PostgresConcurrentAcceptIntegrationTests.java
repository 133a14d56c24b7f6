package dev.lobby.membership.web;

import dev.lobby.support.PostgresDatabase;

/** Concurrent accepts on PostgreSQL, where real row locks decide. */
@PostgresDatabase
class PostgresConcurrentAcceptIntegrationTests extends ConcurrentAcceptContract {

}
