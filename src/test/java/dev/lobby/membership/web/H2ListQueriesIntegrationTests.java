package dev.lobby.membership.web;

/** RQL on the member list and the audit trail, on the embedded database. */
class H2ListQueriesIntegrationTests extends ListQueriesContract {

}
