-- revision: v20210410175418000163
-- down_revision: v20210410175418000162
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verification_tokens_token_idx" ON "_identity_verification_tokens_tmp" (token);

-- migrate:down
-- empty down in the source history
