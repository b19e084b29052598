-- revision: v20200830172221000019
-- down_revision: v20200830172221000018
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_tokens_nid_idx";
