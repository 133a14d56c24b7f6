-- Why a member list filtered on statuses alone writes its account out (docs/decisions.md, "A list page is
-- planned once when it can be"): the plan PostgreSQL keeps for "any account" against the one for the
-- account itself, on a scratch table shaped like account_users. Run in a scratch database:
--   createdb -h 127.0.0.1 -U postgres gp_scratch && psql -h 127.0.0.1 -U postgres gp_scratch -f bench/pgbench/plan-for-any-account.sql
DROP TABLE IF EXISTS gp_members;
CREATE TABLE gp_members (id varchar(19) PRIMARY KEY, account_id varchar(13) NOT NULL, status varchar(20) NOT NULL,
  created_at timestamptz NOT NULL, joined_at timestamptz, payload text);
-- one large account: 200,000 members, 75 % Active; 20,000 small accounts of 5 members each
INSERT INTO gp_members SELECT 'M' || g, 'ACC-BIG', CASE WHEN g % 4 = 0 THEN 'Invited' ELSE 'Active' END,
  now() - g * interval '1 minute', CASE WHEN g % 4 = 0 THEN NULL ELSE now() - g * interval '1 minute' END, repeat('x', 200)
  FROM generate_series(1, 200000) g;
INSERT INTO gp_members SELECT 'S' || g, 'ACC-S' || (g / 5), CASE WHEN g % 4 = 0 THEN 'Invited' ELSE 'Active' END,
  now() - g * interval '1 minute', CASE WHEN g % 4 = 0 THEN NULL ELSE now() - g * interval '1 minute' END, repeat('x', 200)
  FROM generate_series(1, 100000) g;
CREATE INDEX gp_status_created ON gp_members (account_id, status, created_at, id);
CREATE INDEX gp_joined ON gp_members (account_id, joined_at DESC NULLS LAST, id DESC);
ANALYZE gp_members;
PREPARE bound(text) AS SELECT * FROM gp_members WHERE account_id = $1 AND status = 'Active' ORDER BY joined_at DESC NULLS LAST, id DESC LIMIT 25;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE bound('ACC-BIG');
SET plan_cache_mode = force_custom_plan;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE bound('ACC-BIG');
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM gp_members WHERE account_id = 'ACC-BIG' AND status = 'Active' ORDER BY joined_at DESC NULLS LAST, id DESC LIMIT 25;
DROP TABLE gp_members;
