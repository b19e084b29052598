-- revision: v20200830154602000003
-- down_revision: v20200830154602000002
-- message: ory/kratos add_verification_token

-- migrate:up
CREATE INDEX "identity_verification_tokens_verifiable_address_id_idx" ON "identity_verification_tokens" (identity_verifiable_address_id);

-- migrate:down
-- empty down in the source history
