-- revision: v20210410175418000067
-- down_revision: v20210410175418000066
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_credentials ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
