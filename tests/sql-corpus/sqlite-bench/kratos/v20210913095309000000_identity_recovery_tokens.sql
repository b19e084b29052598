-- revision: v20210913095309000000
-- down_revision: v20210829131458000000
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_tokens_nid_idx";

-- migrate:down
ALTER TABLE "_identity_recovery_tokens_tmp" RENAME TO "identity_recovery_tokens";
