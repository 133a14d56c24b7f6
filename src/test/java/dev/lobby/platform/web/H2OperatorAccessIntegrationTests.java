package dev.lobby.platform.web;

/** Operator access to every account on the embedded database. */
class H2OperatorAccessIntegrationTests extends OperatorAccessContract {

}
