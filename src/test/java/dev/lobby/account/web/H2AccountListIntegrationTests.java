package dev.lobby.account.web;

/** The account list on the embedded database. */
class H2AccountListIntegrationTests extends AccountListContract {
}
