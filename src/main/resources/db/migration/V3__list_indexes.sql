-- Indexes for the RQL lists (member list and audit trail) of accounts with a million members.
-- Every list is "account_id = ? AND ... ORDER BY key, tiebreaker LIMIT n": an index that starts
-- with account_id and then has the sort key and the tiebreaker returns a page by reading n entries,
-- in either direction (the ORDER BY of the lists is written so that a backward scan matches too).

-- The default member list: newest first, ties by id.
CREATE INDEX account_users_account_created ON account_users (account_id, created_at, id);
-- A status filter (eq(status,Active), ?status=Blocked) in the default order; also serves what
-- account_users_account_status (account_id, status) did, so that one goes.
CREATE INDEX account_users_account_status_created ON account_users (account_id, status, created_at, id);
DROP INDEX IF EXISTS account_users_account_status;
-- Sorting by the other member dates (most recently joined first is the usual ask; joined_at may be null).
CREATE INDEX account_users_account_joined ON account_users (account_id, joined_at DESC NULLS LAST, id DESC);
CREATE INDEX account_users_account_updated ON account_users (account_id, updated_at, id);

-- groups.id filters start from the group's members (group_id, then the member, read from the index alone).
CREATE INDEX account_user_groups_group_member ON account_user_groups (group_id, account_user_id);

-- The audit trail: the default order is served by audit_records_account_time (account_id, occurred_at, seq).
-- Common filters in that order: one object's history, one event type, one actor.
CREATE INDEX audit_records_account_object_time ON audit_records (account_id, object_id, occurred_at, seq);
DROP INDEX IF EXISTS audit_records_object;
CREATE INDEX audit_records_account_event_time ON audit_records (account_id, event_key, occurred_at, seq);
CREATE INDEX audit_records_account_actor_time ON audit_records (account_id, actor_id, occurred_at, seq);
