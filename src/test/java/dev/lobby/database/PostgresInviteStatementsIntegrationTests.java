package dev.lobby.database;

import dev.lobby.support.PostgresDatabase;

/** The statements of one invite, on PostgreSQL. */
@PostgresDatabase
class PostgresInviteStatementsIntegrationTests extends InviteStatementsContract {

}
