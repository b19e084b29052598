-- revision: v20210410175418000075
-- down_revision: v20210410175418000074
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_credential_identifiers DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
