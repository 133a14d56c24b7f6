package dev.lobby.membership.web;

import dev.lobby.support.PostgresDatabase;

/** The invitation lifecycle on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresInvitationLifecycleIntegrationTests extends InvitationLifecycleContract {

}
