-- revision: v20210913095309000009
-- down_revision: v20210913095309000008
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
ALTER TABLE "_identity_recovery_tokens_tmp" RENAME TO "identity_recovery_tokens";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_uq_idx";
