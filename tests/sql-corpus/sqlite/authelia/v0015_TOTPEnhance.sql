-- revision: v0015
-- down_revision: v0014
-- message: authelia/authelia TOTPEnhance

-- migrate:up
CREATE TABLE IF NOT EXISTS totp_history (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    username VARCHAR(100) NOT NULL,
    step CHAR(64) NOT NULL
);

CREATE UNIQUE INDEX totp_history_lookup_key ON totp_history (username, step);

-- migrate:down
DROP TABLE IF EXISTS totp_history;
