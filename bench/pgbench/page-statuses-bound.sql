\set lim 25
\set off 0
SELECT au.*, au.shown_email AS email, au.shown_first_name AS first_name, au.shown_last_name AS last_name, CASE WHEN au.joined_at IS NULL THEN NULL ELSE u.last_sign_in_at END AS last_sign_in_at FROM account_users au JOIN users u ON u.id = au.user_id  WHERE au.account_id = :acc AND ((au.status = :st)) ORDER BY au.joined_at DESC NULLS LAST, au.id DESC LIMIT :lim OFFSET :off;
