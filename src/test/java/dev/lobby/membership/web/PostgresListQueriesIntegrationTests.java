package dev.lobby.membership.web;

import dev.lobby.support.PostgresDatabase;

/** RQL on the member list and the audit trail, on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresListQueriesIntegrationTests extends ListQueriesContract {

}
