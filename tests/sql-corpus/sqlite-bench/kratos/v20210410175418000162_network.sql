-- revision: v20210410175418000162
-- down_revision: v20210410175418000161
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verification_tokens_verifiable_address_id_idx" ON "_identity_verification_tokens_tmp" (identity_verifiable_address_id);

-- migrate:down
-- empty down in the source history
