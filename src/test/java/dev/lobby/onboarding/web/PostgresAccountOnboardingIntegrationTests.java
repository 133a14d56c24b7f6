package dev.lobby.onboarding.web;

import dev.lobby.support.PostgresDatabase;

/** Account creation over the API on PostgreSQL, the production database. */
@PostgresDatabase
class PostgresAccountOnboardingIntegrationTests extends AccountOnboardingContract {

}
