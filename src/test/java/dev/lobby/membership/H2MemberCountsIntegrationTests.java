package dev.lobby.membership;

/** Member counts and their folding, on the embedded database. */
class H2MemberCountsIntegrationTests extends MemberCountsContract {

}
