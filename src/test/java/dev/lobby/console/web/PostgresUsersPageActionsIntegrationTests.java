package dev.lobby.console.web;

import dev.lobby.support.PostgresDatabase;

/** The Users grid's actions over plain HTTP on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresUsersPageActionsIntegrationTests extends UsersPageActionsContract {

}
