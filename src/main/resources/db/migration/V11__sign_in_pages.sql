-- The language a person chose for Lobby's pages (en, de); NULL: follow the browser.
ALTER TABLE users ADD COLUMN language VARCHAR(8);

-- Failed sign-ins with an address that has no login (or none with a password) are counted too,
-- under the address's lower-cased key, so that the pause after too many failures looks the same
-- whether or not the address has a login.
ALTER TABLE sign_in_failures ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE sign_in_failures ADD COLUMN login_key VARCHAR(254);
CREATE INDEX sign_in_failures_login ON sign_in_failures (login_key, occurred_at);
