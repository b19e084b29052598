-- revision: v20200830154602000004
-- down_revision: v20200830154602000003
-- message: ory/kratos add_verification_token

-- migrate:up
CREATE INDEX "identity_verification_tokens_verification_flow_id_idx" ON "identity_verification_tokens" (selfservice_verification_flow_id);

-- migrate:down
-- empty down in the source history
