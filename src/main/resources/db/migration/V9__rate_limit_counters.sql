-- Rate limits every node shares, at a cost that does not grow with the volume (docs/decisions.md):
-- events counted per key and minute. A check locks its key's row in rate_limit_keys, reads the
-- key's minutes of the last hour (at most 61 rows) and counts its event, in the transaction of the
-- change it admits. Keys: 'invitation-emails:ACC-…' (per account), 'resends:AUSR-…' (per invitation).
CREATE TABLE rate_limit_keys (
    limit_key VARCHAR(64) PRIMARY KEY
);

CREATE TABLE rate_limit_minutes (
    limit_key    VARCHAR(64) NOT NULL,
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    events       INTEGER NOT NULL,
    PRIMARY KEY (limit_key, minute_start),
    CONSTRAINT rate_limit_minutes_events CHECK (events > 0)
);

-- The operator's limit of invitation emails per hour for one account; NULL follows the default
-- (lobby.mail.account-limit-per-hour).
ALTER TABLE accounts ADD COLUMN invitation_emails_per_hour INTEGER;
ALTER TABLE accounts ADD CONSTRAINT accounts_invitation_emails_per_hour CHECK (invitation_emails_per_hour > 0);

-- Until now the limits counted the outbox's rows of the last hour: carry those counts over, so an
-- upgrade does not hand every account a fresh hour.
INSERT INTO rate_limit_minutes (limit_key, minute_start, events)
SELECT 'invitation-emails:' || account_id, DATE_TRUNC('minute', created_at), COUNT(*)
FROM outbound_emails
WHERE account_id IS NOT NULL AND reason = ANY (ARRAY['invite', 'resend', 'send-new'])
  AND created_at >= CURRENT_TIMESTAMP - INTERVAL '61' MINUTE
GROUP BY account_id, DATE_TRUNC('minute', created_at);

INSERT INTO rate_limit_minutes (limit_key, minute_start, events)
SELECT 'resends:' || account_user_id, DATE_TRUNC('minute', created_at), COUNT(*)
FROM outbound_emails
WHERE account_user_id IS NOT NULL AND reason = 'resend'
  AND created_at >= CURRENT_TIMESTAMP - INTERVAL '61' MINUTE
GROUP BY account_user_id, DATE_TRUNC('minute', created_at);

INSERT INTO rate_limit_keys (limit_key) SELECT DISTINCT limit_key FROM rate_limit_minutes;

-- It served only the outbox's counting query for the account limit, which is gone.
DROP INDEX outbound_emails_account_reason;
