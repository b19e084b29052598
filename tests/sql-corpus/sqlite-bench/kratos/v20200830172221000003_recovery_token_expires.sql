-- revision: v20200830172221000003
-- down_revision: v20200830172221000002
-- message: ory/kratos recovery_token_expires

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_addresses_code_uq_idx";

-- migrate:down
CREATE UNIQUE INDEX "identity_recovery_addresses_code_uq_idx" ON "_identity_recovery_tokens_tmp" (token);
