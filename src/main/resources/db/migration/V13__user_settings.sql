-- A person's own settings of Lobby's pages, e.g. the columns they hide in Settings › Users:
-- one row per person and setting, kept server side so they follow the person to every browser.
CREATE TABLE user_settings (
    user_id       VARCHAR(13)  NOT NULL REFERENCES users (id),
    name          VARCHAR(60)  NOT NULL,
    setting_value VARCHAR(500) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, name)
);
