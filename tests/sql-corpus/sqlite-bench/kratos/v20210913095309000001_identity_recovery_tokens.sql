-- revision: v20210913095309000001
-- down_revision: v20210913095309000000
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_addresses_code_idx";

-- migrate:down

DROP TABLE "identity_recovery_tokens";
