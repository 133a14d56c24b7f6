package dev.lobby.membership.web;

/** The names members are searched and sorted by, on the embedded database. */
class H2MemberNamesIntegrationTests extends MemberNamesContract {

}
