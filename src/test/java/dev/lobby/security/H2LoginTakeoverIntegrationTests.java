package dev.lobby.security;

/** Login takeover and password guessing on the embedded database. */
class H2LoginTakeoverIntegrationTests extends LoginTakeoverContract {

}
