-- revision: v20210913095309000008
-- down_revision: v20210913095309000007
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
DROP TABLE "identity_recovery_tokens";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_idx";
