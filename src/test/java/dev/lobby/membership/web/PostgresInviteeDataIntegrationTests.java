package dev.lobby.membership.web;

import dev.lobby.support.PostgresDatabase;

/** What administrators learn about invitees, on PostgreSQL. */
@PostgresDatabase
class PostgresInviteeDataIntegrationTests extends InviteeDataContract {

}
