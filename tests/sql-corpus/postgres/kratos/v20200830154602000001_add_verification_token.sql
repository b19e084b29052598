-- revision: v20200830154602000001
-- down_revision: v20200830154602000000
-- message: ory/kratos add_verification_token

-- migrate:up
CREATE UNIQUE INDEX "identity_verification_tokens_token_uq_idx" ON "identity_verification_tokens" (token);

-- migrate:down
-- empty down in the source history
