-- revision: v20210410175418000159
-- down_revision: v20210410175418000158
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_verification_tokens_token_uq_idx";

-- migrate:down
-- empty down in the source history
