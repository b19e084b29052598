-- revision: v0019
-- down_revision: v0018
-- message: authelia/authelia WebAuthnPasskeys

-- migrate:up
ALTER TABLE webauthn_credentials
    ADD COLUMN attestation BLOB NULL DEFAULT NULL;

CREATE TABLE IF NOT EXISTS cached_data (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL,
    name VARCHAR(20) NOT NULL,
    encrypted BOOLEAN NOT NULL DEFAULT FALSE,
    value BLOB NOT NULL
);

CREATE UNIQUE INDEX cached_data_name_key ON cached_data (name);

-- migrate:down
ALTER TABLE webauthn_credentials
    DROP COLUMN attestation;

DROP TABLE IF EXISTS cached_data;
