package dev.lobby.database;

/** The statements of one invite, on the embedded database. */
class H2InviteStatementsIntegrationTests extends InviteStatementsContract {

}
