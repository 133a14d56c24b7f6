package dev.lobby.membership;

import dev.lobby.support.PostgresDatabase;

/** Member counts per status, on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresMemberStatusCountsIntegrationTests extends MemberStatusCountsContract {

}
