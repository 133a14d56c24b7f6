-- How many live memberships (invited, expired invitation, active, blocked) each account has, kept in
-- the transaction of every change that starts or ends one: the member list's total without counting
-- rows. Every account has its row from its creation on.
CREATE TABLE member_counts (
    account_id   VARCHAR(13) PRIMARY KEY REFERENCES accounts (id),
    live_members BIGINT      NOT NULL CHECK (live_members >= 0)
);

INSERT INTO member_counts (account_id, live_members)
SELECT a.id, (SELECT COUNT(*) FROM account_users au WHERE au.account_id = a.id AND au.live_user_id IS NOT NULL)
FROM accounts a;
