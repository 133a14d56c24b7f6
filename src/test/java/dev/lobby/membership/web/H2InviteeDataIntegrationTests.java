package dev.lobby.membership.web;

/** What administrators learn about invitees, on the embedded database. */
class H2InviteeDataIntegrationTests extends InviteeDataContract {

}
