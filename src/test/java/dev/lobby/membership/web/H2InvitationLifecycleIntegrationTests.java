package dev.lobby.membership.web;

/** The invitation lifecycle on the embedded database. */
class H2InvitationLifecycleIntegrationTests extends InvitationLifecycleContract {

}
