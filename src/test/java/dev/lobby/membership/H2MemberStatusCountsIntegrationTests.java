package dev.lobby.membership;

/** Member counts per status, on the embedded database. */
class H2MemberStatusCountsIntegrationTests extends MemberStatusCountsContract {

}
