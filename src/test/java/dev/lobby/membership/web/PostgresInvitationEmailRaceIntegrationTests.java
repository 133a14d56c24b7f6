package dev.lobby.membership.web;

import dev.lobby.support.PostgresDatabase;

/** Concurrent invites on PostgreSQL, where several nodes share one database. */
@PostgresDatabase
class PostgresInvitationEmailRaceIntegrationTests extends InvitationEmailRaceContract {

	@PostgresDatabase
	static class PostgresSecondNode extends SecondNode {

	}

	@Override
	Class<? extends SecondNode> secondNode() {
		return PostgresSecondNode.class;
	}

}
