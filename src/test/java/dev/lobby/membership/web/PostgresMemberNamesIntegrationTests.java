package dev.lobby.membership.web;

import dev.lobby.support.PostgresDatabase;

/** The names members are searched and sorted by, on PostgreSQL. */
@PostgresDatabase
class PostgresMemberNamesIntegrationTests extends MemberNamesContract {

}
