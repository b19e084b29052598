-- revision: v20210410175418000100
-- down_revision: v20210410175418000099
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_addresses_status_via_idx";

-- migrate:down
-- empty down in the source history
