package dev.lobby.membership;

import dev.lobby.support.PostgresDatabase;

/** Member counts and their folding, on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresMemberCountsIntegrationTests extends MemberCountsContract {

}
