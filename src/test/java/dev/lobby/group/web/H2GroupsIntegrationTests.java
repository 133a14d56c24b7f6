package dev.lobby.group.web;

/** User groups on the embedded database. */
class H2GroupsIntegrationTests extends GroupsContract {

}
