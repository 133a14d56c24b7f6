package dev.lobby.mail;

import dev.lobby.support.PostgresDatabase;

/** The outbox dispatcher on PostgreSQL, where several nodes share one outbox. */
@PostgresDatabase
class PostgresMailDispatcherIntegrationTests extends MailDispatcherContract {

}
