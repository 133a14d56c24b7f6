package dev.lobby.apitoken.web;

import dev.lobby.support.PostgresDatabase;

/** API token management on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresApiTokensIntegrationTests extends ApiTokensContract {

}
