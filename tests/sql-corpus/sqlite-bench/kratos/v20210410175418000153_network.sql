-- revision: v20210410175418000153
-- down_revision: v20210410175418000152
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_verification_tokens DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
