-- revision: 3c5e1253465d
-- down_revision: fc90277bbcde
-- message: ethyca/fides adds_provided_identity_table_for_identity_storage_and_later

-- migrate:up
-- alembic: upgrade fc90277bbcde -> 3c5e1253465d

CREATE TYPE providedidentitytype AS ENUM ('email', 'phone_number');

CREATE TABLE providedidentity (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    privacy_request_id VARCHAR NOT NULL,
    field_name providedidentitytype NOT NULL,
    hashed_value VARCHAR,
    encrypted_value VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(privacy_request_id) REFERENCES privacyrequest (id)
);

CREATE INDEX ix_providedidentity_hashed_value ON providedidentity (hashed_value);

CREATE INDEX ix_providedidentity_id ON providedidentity (id);

-- migrate:down
-- alembic: downgrade 3c5e1253465d -> fc90277bbcde

DROP INDEX ix_providedidentity_id;

DROP INDEX ix_providedidentity_hashed_value;

DROP TABLE providedidentity;
