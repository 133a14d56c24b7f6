package dev.lobby.web;

/** Operator access to every account on the embedded database. */
class H2OperatorAccessIntegrationTests extends OperatorAccessContract {

}
