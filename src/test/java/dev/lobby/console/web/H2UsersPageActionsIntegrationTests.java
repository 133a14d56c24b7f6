package dev.lobby.console.web;

/** The Users grid's actions over plain HTTP on H2, the embedded default. */
class H2UsersPageActionsIntegrationTests extends UsersPageActionsContract {

}
