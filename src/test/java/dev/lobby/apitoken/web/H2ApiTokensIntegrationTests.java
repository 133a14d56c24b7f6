package dev.lobby.apitoken.web;

/** API token management on the embedded database. */
class H2ApiTokensIntegrationTests extends ApiTokensContract {

}
