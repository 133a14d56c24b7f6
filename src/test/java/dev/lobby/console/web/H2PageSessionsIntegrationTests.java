package dev.lobby.console.web;

/** Page sessions on H2, the embedded default. */
class H2PageSessionsIntegrationTests extends PageSessionsContract {

}
