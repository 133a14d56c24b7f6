-- What an account typed when it invited someone: until the person joins, the account sees these
-- (its own spelling), never the names or spelling a login registered elsewhere has. Existing
-- memberships start from what their user holds today.
ALTER TABLE account_users ADD COLUMN invitee_email VARCHAR(254);
ALTER TABLE account_users ADD COLUMN invitee_first_name VARCHAR(100);
ALTER TABLE account_users ADD COLUMN invitee_last_name VARCHAR(100);
UPDATE account_users SET
    invitee_email = (SELECT u.email FROM users u WHERE u.id = account_users.user_id),
    invitee_first_name = (SELECT u.first_name FROM users u WHERE u.id = account_users.user_id),
    invitee_last_name = (SELECT u.last_name FROM users u WHERE u.id = account_users.user_id);
ALTER TABLE account_users ALTER COLUMN invitee_email SET NOT NULL;
ALTER TABLE account_users ALTER COLUMN invitee_first_name SET NOT NULL;
ALTER TABLE account_users ALTER COLUMN invitee_last_name SET NOT NULL;

-- Why an email failed, as a sentence an administrator may read (last_error stays for the operator).
ALTER TABLE outbound_emails ADD COLUMN failure_reason VARCHAR(300);
