-- revision: v20210410175418000164
-- down_revision: v20210410175418000163
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_verification_tokens_token_uq_idx" ON "_identity_verification_tokens_tmp" (token);

-- migrate:down
-- empty down in the source history
