package dev.lobby.security;

import dev.lobby.support.PostgresDatabase;

/**
 * Login takeover and password guessing on PostgreSQL, where real row locks decide the
 * race.
 */
@PostgresDatabase
class PostgresLoginTakeoverIntegrationTests extends LoginTakeoverContract {

}
