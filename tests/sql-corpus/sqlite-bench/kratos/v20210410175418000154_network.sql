-- revision: v20210410175418000154
-- down_revision: v20210410175418000153
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_verification_tokens ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
