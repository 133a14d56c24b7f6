package dev.lobby.membership;

/**
 * How many invitation emails an account may send per hour, and how many its last hour
 * holds.
 *
 * @param accountId the account
 * @param perHour the limit that applies
 * @param isDefault whether that is the configured default (the operator set none for this
 * account)
 * @param sentInTheLastHour the invitation emails (invite, resend, send new) the last hour
 * counts
 */
public record InvitationEmailLimit(String accountId, int perHour, boolean isDefault, int sentInTheLastHour) {
}
