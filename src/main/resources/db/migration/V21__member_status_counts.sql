-- Member counts per account and stored status (Invited, Active, Blocked, Disabled, Declined), so a
-- member list filtered on status alone (eq(status,Blocked), ne(status,Active), ...) answers its exact
-- total without counting rows, as the unfiltered list does (V10, V18). The live total is now the sum of
-- the live statuses (Invited, which includes the expired invitations, Active and Blocked), so
-- member_counts keeps only the account's row: folds lock it (MemberCounts.fold), and an account without
-- it is counted afresh by the next fold. Every change writes its status: +1 for the status a member
-- enters, -1 for the one they leave, still insert-only.

-- Changes not yet folded when this runs are deleted, not folded: they only counted rows of
-- account_users, and the counts below are counted from account_users afresh, in this transaction.
-- A node still running the version before would write changes without a status, which this column
-- refuses, and would move members between statuses without counting it: stop the old nodes first.
DELETE FROM member_count_changes;

ALTER TABLE member_count_changes ADD COLUMN status VARCHAR(20) NOT NULL;
-- = ANY (ARRAY[...]), not IN (...): H2 binds an IN check to the session that compiled it (see V18).
ALTER TABLE member_count_changes ADD CONSTRAINT member_count_changes_status
    CHECK (status = ANY (ARRAY['Invited', 'Active', 'Blocked', 'Disabled', 'Declined']));

-- A missing row is a status with no members (as folded): folds insert it when its first change comes.
-- Deleting an account's member_counts row deletes these too, and the next fold counts both afresh.
CREATE TABLE member_status_counts (
    account_id VARCHAR(13) NOT NULL REFERENCES member_counts (account_id) ON DELETE CASCADE,
    status     VARCHAR(20) NOT NULL,
    members    BIGINT      NOT NULL CHECK (members >= 0),
    PRIMARY KEY (account_id, status)
);

INSERT INTO member_status_counts (account_id, status, members)
SELECT au.account_id, au.status, COUNT(*)
FROM account_users au
WHERE au.account_id IN (SELECT account_id FROM member_counts)
GROUP BY au.account_id, au.status;

ALTER TABLE member_counts DROP COLUMN live_members;
