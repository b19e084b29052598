-- revision: v20210410175418000158
-- down_revision: v20210410175418000157
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_verification_tokens_token_idx";

-- migrate:down
-- empty down in the source history
