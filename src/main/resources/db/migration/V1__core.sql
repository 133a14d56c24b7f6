-- Lobby's core schema. Plain SQL that runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Constraints hold the invariants even if application code is wrong.

CREATE TABLE modules (
    id          VARCHAR(8)   PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    description VARCHAR(500) NOT NULL
);

INSERT INTO modules (id, name, description) VALUES
    ('MOD-1001', 'Account Management', 'Manage the account''s users, groups, API tokens and audit trail.'),
    ('MOD-1002', 'Marketplace', 'Browse and buy products from the marketplace.'),
    ('MOD-1003', 'Billing', 'See invoices and manage payment details.'),
    ('MOD-1004', 'Inventory', 'See and manage subscriptions and assets.'),
    ('MOD-1005', 'Support', 'Open and follow support cases.');

CREATE TABLE accounts (
    id              VARCHAR(13)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(20)  NOT NULL CHECK (type IN ('Operations', 'Client')),
    locale          VARCHAR(20)  NOT NULL DEFAULT 'en',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_id   VARCHAR(40)  NOT NULL,
    created_by_name VARCHAR(200) NOT NULL
);

CREATE TABLE users (
    id              VARCHAR(13)  PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    -- lower-cased email: one login per address, case-insensitively
    email_key       VARCHAR(254) NOT NULL UNIQUE,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE user_groups (
    id              VARCHAR(13)   PRIMARY KEY,
    account_id      VARCHAR(13)   NOT NULL REFERENCES accounts (id),
    name            VARCHAR(100)  NOT NULL,
    name_key        VARCHAR(100)  NOT NULL,
    description     VARCHAR(1000),
    is_default      BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_id   VARCHAR(40)   NOT NULL,
    created_by_name VARCHAR(200)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id   VARCHAR(40)   NOT NULL,
    updated_by_name VARCHAR(200)  NOT NULL,
    CONSTRAINT user_groups_name_unique UNIQUE (account_id, name_key),
    CONSTRAINT user_groups_id_account UNIQUE (id, account_id)
);

CREATE TABLE user_group_modules (
    group_id  VARCHAR(13) NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    module_id VARCHAR(8)  NOT NULL REFERENCES modules (id),
    PRIMARY KEY (group_id, module_id)
);

CREATE TABLE account_users (
    id                    VARCHAR(19)  PRIMARY KEY,
    account_id            VARCHAR(13)  NOT NULL REFERENCES accounts (id),
    user_id               VARCHAR(13)  NOT NULL REFERENCES users (id),
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('Invited', 'Active', 'Blocked', 'Disabled', 'Declined')),
    -- equals user_id while the membership is live, NULL once it ended: at most one live membership
    -- per account and user (NULLs never collide in a unique constraint)
    live_user_id          VARCHAR(13),
    link_generation       INTEGER      NOT NULL CHECK (link_generation >= 1),
    invitation_expires_at TIMESTAMP WITH TIME ZONE,
    invitation_sent_at    TIMESTAMP WITH TIME ZONE,
    invited_by_id         VARCHAR(40)  NOT NULL,
    invited_by_name       VARCHAR(200) NOT NULL,
    inviter_user_id       VARCHAR(13)  REFERENCES users (id),
    joined_at             TIMESTAMP WITH TIME ZONE,
    ended_at              TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_id         VARCHAR(40)  NOT NULL,
    created_by_name       VARCHAR(200) NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id         VARCHAR(40)  NOT NULL,
    updated_by_name       VARCHAR(200) NOT NULL,
    CONSTRAINT account_users_one_live UNIQUE (account_id, live_user_id),
    CONSTRAINT account_users_id_account UNIQUE (id, account_id),
    CONSTRAINT account_users_live_key CHECK (
        (status IN ('Invited', 'Active', 'Blocked') AND live_user_id = user_id)
        OR (status IN ('Disabled', 'Declined') AND live_user_id IS NULL)),
    CONSTRAINT account_users_invited_expiry CHECK (status <> 'Invited' OR invitation_expires_at IS NOT NULL),
    CONSTRAINT account_users_joined CHECK (status NOT IN ('Active', 'Blocked') OR joined_at IS NOT NULL)
);

CREATE INDEX account_users_account_status ON account_users (account_id, status);
CREATE INDEX account_users_user ON account_users (user_id);

-- A member's groups belong to the member's account: both foreign keys carry the account.
CREATE TABLE account_user_groups (
    account_user_id VARCHAR(19) NOT NULL,
    account_id      VARCHAR(13) NOT NULL,
    group_id        VARCHAR(13) NOT NULL,
    PRIMARY KEY (account_user_id, group_id),
    CONSTRAINT account_user_groups_member FOREIGN KEY (account_user_id, account_id)
        REFERENCES account_users (id, account_id) ON DELETE CASCADE,
    CONSTRAINT account_user_groups_group FOREIGN KEY (group_id, account_id)
        REFERENCES user_groups (id, account_id)
);

CREATE INDEX account_user_groups_group ON account_user_groups (group_id);

CREATE TABLE api_tokens (
    id              VARCHAR(13)  PRIMARY KEY,
    account_id      VARCHAR(13)  NOT NULL REFERENCES accounts (id),
    name            VARCHAR(100) NOT NULL,
    -- SHA-256 of the secret, hex; the secret itself is shown once and never stored
    secret_hash     VARCHAR(64)  NOT NULL UNIQUE,
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_id   VARCHAR(40)  NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE api_token_modules (
    token_id  VARCHAR(13) NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
    module_id VARCHAR(8)  NOT NULL REFERENCES modules (id),
    PRIMARY KEY (token_id, module_id)
);

CREATE TABLE audit_records (
    id             VARCHAR(24)    PRIMARY KEY,
    -- insertion order: several records of one change share a timestamp
    seq            BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    account_id     VARCHAR(13)    NOT NULL REFERENCES accounts (id),
    event_key      VARCHAR(100)   NOT NULL,
    summary        VARCHAR(500)   NOT NULL,
    object_type    VARCHAR(40)    NOT NULL,
    object_id      VARCHAR(40)    NOT NULL,
    actor_type     VARCHAR(20)    NOT NULL,
    actor_id       VARCHAR(40)    NOT NULL,
    actor_name     VARCHAR(200)   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ip             VARCHAR(64),
    user_agent     VARCHAR(500),
    correlation_id VARCHAR(64),
    details        VARCHAR(100000) NOT NULL
);

CREATE INDEX audit_records_account_time ON audit_records (account_id, occurred_at, seq);
CREATE INDEX audit_records_object ON audit_records (object_id);

-- The outbox: written in the transaction of the change that causes the email. It holds the template
-- and its model, never a rendered body: invitation links are signed only when the email is sent,
-- so a copy of this table cannot be turned into working links.
CREATE TABLE outbound_emails (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    account_id      VARCHAR(13)   NOT NULL REFERENCES accounts (id),
    account_user_id VARCHAR(19),
    template        VARCHAR(40)   NOT NULL,
    reason          VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    locale          VARCHAR(20)   NOT NULL,
    model           VARCHAR(20000) NOT NULL,
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('Pending', 'Sent', 'Failed')),
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX outbound_emails_due ON outbound_emails (status, next_attempt_at);
CREATE INDEX outbound_emails_account_reason ON outbound_emails (account_id, reason, created_at);
CREATE INDEX outbound_emails_member_reason ON outbound_emails (account_user_id, reason, created_at);
