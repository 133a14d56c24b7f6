package dev.lobby.web;

import dev.lobby.support.PostgresDatabase;

/** Operator access to every account on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresOperatorAccessIntegrationTests extends OperatorAccessContract {

}
