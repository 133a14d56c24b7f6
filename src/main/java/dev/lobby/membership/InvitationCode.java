package dev.lobby.membership;

/**
 * What a valid link code names: a membership and the link generation it was signed for.
 *
 * @param addressProven whether the code is the one only the invitation email carries
 * (never shown to administrators), so whoever presents it controls the invitee's mailbox
 */
public record InvitationCode(String accountUserId, int generation, boolean addressProven) {
}
