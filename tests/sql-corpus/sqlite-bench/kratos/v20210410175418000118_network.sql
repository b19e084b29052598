-- revision: v20210410175418000118
-- down_revision: v20210410175418000117
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_addresses_code_idx";

-- migrate:down
-- empty down in the source history
