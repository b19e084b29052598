-- revision: v20200830172221000027
-- down_revision: v20200830172221000026
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_uq_idx";
