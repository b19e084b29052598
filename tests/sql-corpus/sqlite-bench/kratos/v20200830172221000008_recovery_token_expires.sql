-- revision: v20200830172221000008
-- down_revision: v20200830172221000007
-- message: ory/kratos recovery_token_expires

-- migrate:up
DROP TABLE "identity_recovery_tokens";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_idx";
