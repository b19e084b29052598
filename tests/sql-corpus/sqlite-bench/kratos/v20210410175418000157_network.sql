-- revision: v20210410175418000157
-- down_revision: v20210410175418000156
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_verification_tokens_verifiable_address_id_idx";

-- migrate:down
-- empty down in the source history
