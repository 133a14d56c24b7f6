package dev.lobby.invitation;

/** What a valid link code names: a membership and the link generation it was signed for. */
public record InvitationCode(String accountUserId, int generation) {
}
