package dev.lobby.membership.web;

/** Concurrent accepts on the embedded database. */
class H2ConcurrentAcceptIntegrationTests extends ConcurrentAcceptContract {

}
