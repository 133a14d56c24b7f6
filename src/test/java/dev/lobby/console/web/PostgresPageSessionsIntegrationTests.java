package dev.lobby.console.web;

import dev.lobby.support.PostgresDatabase;

/** Page sessions on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresPageSessionsIntegrationTests extends PageSessionsContract {

}
