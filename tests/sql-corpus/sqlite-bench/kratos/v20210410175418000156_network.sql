-- revision: v20210410175418000156
-- down_revision: v20210410175418000155
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_verification_tokens_verification_flow_id_idx";

-- migrate:down
-- empty down in the source history
