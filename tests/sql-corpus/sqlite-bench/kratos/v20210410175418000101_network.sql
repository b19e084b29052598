-- revision: v20210410175418000101
-- down_revision: v20210410175418000100
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_addresses_status_via_uq_idx";

-- migrate:down
-- empty down in the source history
