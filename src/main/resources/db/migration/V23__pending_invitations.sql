-- A member list filtered on Invited or on InvitationExpired alone (or on either with stored statuses)
-- answers its exact total from the counts kept per stored status and the account's pending
-- invitations: stored Invited with an expiry still ahead. This index holds what that count reads
-- (account, status, expiry), so it reads only the pending invitations' entries, never the rows, and
-- never the expired ones an account piles up over the years (MemberCounts.members).
CREATE INDEX account_users_account_status_expiry ON account_users (account_id, status, invitation_expires_at);
