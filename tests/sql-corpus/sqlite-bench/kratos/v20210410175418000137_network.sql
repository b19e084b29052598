-- revision: v20210410175418000137
-- down_revision: v20210410175418000136
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_verifiable_addresses ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
