-- The time zone a person chose for the dates of Lobby's pages (an IANA id such as Europe/Berlin);
-- NULL: follow the browser's (or UTC until the browser told it).
ALTER TABLE users ADD COLUMN time_zone VARCHAR(40);
