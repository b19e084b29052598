-- revision: v20210410175418000097
-- down_revision: v20210410175418000096
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_recovery_addresses DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
