package dev.lobby.group.web;

import dev.lobby.support.PostgresDatabase;

/** User groups on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresGroupsIntegrationTests extends GroupsContract {

}
