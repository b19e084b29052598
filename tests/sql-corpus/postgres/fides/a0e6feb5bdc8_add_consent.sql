-- revision: a0e6feb5bdc8
-- down_revision: 7a4f4042091e
-- message: ethyca/fides add_consent

-- migrate:up
-- alembic: upgrade 7a4f4042091e -> a0e6feb5bdc8

CREATE TABLE consent (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    provided_identity_id VARCHAR,
    data_use VARCHAR NOT NULL,
    data_use_description VARCHAR,
    opt_in BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(provided_identity_id) REFERENCES providedidentity (id),
    UNIQUE (data_use)
);

CREATE INDEX ix_consent_id ON consent (id);

ALTER TABLE providedidentity ALTER COLUMN privacy_request_id DROP NOT NULL;

-- migrate:down
-- alembic: downgrade a0e6feb5bdc8 -> 7a4f4042091e

ALTER TABLE providedidentity ALTER COLUMN privacy_request_id SET NOT NULL;

DROP INDEX ix_consent_id;

DROP TABLE consent;
