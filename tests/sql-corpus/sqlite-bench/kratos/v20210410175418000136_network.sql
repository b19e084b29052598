-- revision: v20210410175418000136
-- down_revision: v20210410175418000135
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_verifiable_addresses DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
