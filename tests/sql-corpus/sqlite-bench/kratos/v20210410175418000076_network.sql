-- revision: v20210410175418000076
-- down_revision: v20210410175418000075
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_credential_identifiers ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
