package dev.lobby.membership.web;

/**
 * Concurrent invites on the embedded database (two nodes: two contexts on one in-memory
 * database).
 */
class H2InvitationEmailRaceIntegrationTests extends InvitationEmailRaceContract {

	static class H2SecondNode extends SecondNode {

	}

	@Override
	Class<? extends SecondNode> secondNode() {
		return H2SecondNode.class;
	}

}
