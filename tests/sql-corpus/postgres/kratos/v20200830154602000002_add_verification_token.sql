-- revision: v20200830154602000002
-- down_revision: v20200830154602000001
-- message: ory/kratos add_verification_token

-- migrate:up
CREATE INDEX "identity_verification_tokens_token_idx" ON "identity_verification_tokens" (token);

-- migrate:down
-- empty down in the source history
