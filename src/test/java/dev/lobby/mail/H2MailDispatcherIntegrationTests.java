package dev.lobby.mail;

/** The outbox dispatcher on the embedded database. */
class H2MailDispatcherIntegrationTests extends MailDispatcherContract {

}
