-- revision: v20210410175418000161
-- down_revision: v20210410175418000160
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verification_tokens_verification_flow_id_idx" ON "_identity_verification_tokens_tmp" (selfservice_verification_flow_id);

-- migrate:down
-- empty down in the source history
