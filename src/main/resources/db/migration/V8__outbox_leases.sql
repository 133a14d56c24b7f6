-- The dispatcher no longer holds a transaction (and row locks) across the SMTP conversation: it
-- leases a batch of due emails in a short transaction, sends them, and writes each outcome as
-- soon as it is known. A lease that is not finished by leased_until (its node died) lapses, and
-- any node takes the emails again.
ALTER TABLE outbound_emails ADD COLUMN leased_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_emails ADD COLUMN lease_id VARCHAR(200);

-- Fair leasing ranks each account's due emails on their own (account_id, then the due order).
CREATE INDEX outbound_emails_account_due ON outbound_emails (status, account_id, next_attempt_at, id);
