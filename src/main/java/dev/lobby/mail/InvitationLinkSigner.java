package dev.lobby.mail;

/**
 * Builds the signed invitation link of a membership's link generation. The invitation
 * module provides it; the dispatcher calls it while rendering, so links never rest in the
 * outbox.
 */
public interface InvitationLinkSigner {

	String url(String accountUserId, int generation);

}
