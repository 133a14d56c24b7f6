-- Member counts per group as well as per account: a member list filtered on one group, alone or with
-- a filter on status (and(eq(status,Active),eq(groups.id,UGR-…))), answers its exact total from them
-- instead of counting up to 10,000 rows, and the groups page shows each group's live members without
-- counting them (MemberCounts). A count row and a change now name a group, or '' for the account as a
-- whole (the counts V21 kept): a membership's change inserts the rows for its account and for each of
-- its groups in one statement, so an invite writes no more statements than before.

-- Changes not yet folded when this runs are deleted, not folded: the counts below are counted from
-- account_users afresh, in this transaction. A node still running the version before would write
-- changes for the account alone and none for its groups: stop the old nodes first (as for V21).
DELETE FROM member_count_changes;

ALTER TABLE member_count_changes ADD COLUMN group_id VARCHAR(13) DEFAULT '' NOT NULL;

DROP TABLE member_status_counts;

-- A missing row is a status with no members (as folded): folds insert it when its first change comes.
-- Deleting an account's member_counts row deletes these too, and the next fold counts both afresh.
CREATE TABLE member_status_counts (
    account_id VARCHAR(13) NOT NULL REFERENCES member_counts (account_id) ON DELETE CASCADE,
    group_id   VARCHAR(13) NOT NULL,
    status     VARCHAR(20) NOT NULL,
    members    BIGINT      NOT NULL CHECK (members >= 0),
    PRIMARY KEY (account_id, group_id, status)
);

INSERT INTO member_status_counts (account_id, group_id, status, members)
SELECT au.account_id, '', au.status, COUNT(*)
FROM account_users au
WHERE au.account_id IN (SELECT account_id FROM member_counts)
GROUP BY au.account_id, au.status;

INSERT INTO member_status_counts (account_id, group_id, status, members)
SELECT au.account_id, aug.group_id, au.status, COUNT(*)
FROM account_user_groups aug
JOIN account_users au ON au.id = aug.account_user_id
WHERE au.account_id IN (SELECT account_id FROM member_counts)
GROUP BY au.account_id, aug.group_id, au.status;
