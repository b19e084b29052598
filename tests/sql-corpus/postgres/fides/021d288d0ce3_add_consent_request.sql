-- revision: 021d288d0ce3
-- down_revision: a0e6feb5bdc8
-- message: ethyca/fides add_consent_request

-- migrate:up
-- alembic: upgrade a0e6feb5bdc8 -> 021d288d0ce3

CREATE TABLE consentrequest (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    provided_identity_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(provided_identity_id) REFERENCES providedidentity (id)
);

CREATE INDEX ix_consentrequest_id ON consentrequest (id);

ALTER TABLE consent ALTER COLUMN provided_identity_id SET NOT NULL;

-- migrate:down
-- alembic: downgrade 021d288d0ce3 -> a0e6feb5bdc8

ALTER TABLE consent ALTER COLUMN provided_identity_id DROP NOT NULL;

DROP INDEX ix_consentrequest_id;

DROP TABLE consentrequest;
