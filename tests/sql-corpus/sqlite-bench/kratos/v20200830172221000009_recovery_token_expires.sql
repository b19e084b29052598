-- revision: v20200830172221000009
-- down_revision: v20200830172221000008
-- message: ory/kratos recovery_token_expires

-- migrate:up
ALTER TABLE "_identity_recovery_tokens_tmp" RENAME TO "identity_recovery_tokens";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_tokens_nid_idx";
